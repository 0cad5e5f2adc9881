using System.Collections.Concurrent;

namespace StatementKit.Batch;

/// <summary>
/// The batch's workers: threads of their own rather than thread-pool threads, because analysis is long CPU work
/// that may also wait synchronously on a shared registry's store; on pool threads that waiting can starve the very
/// pool that completes the store's replies.
/// </summary>
internal sealed class WorkerThreads : IDisposable
{
    private readonly BlockingCollection<(Article Article, TaskCompletionSource<ArticleAnalysis> Result)> queue = [];
    private readonly Func<Article, CancellationToken, ArticleAnalysis> analyze;
    private readonly ProgressCounter progress;
    private readonly SemaphoreSlim slots;
    private readonly CancellationToken cancellationToken;
    private readonly TaskCompletionSource[] ended;

    public WorkerThreads(int count, Func<Article, CancellationToken, ArticleAnalysis> analyze, ProgressCounter progress, SemaphoreSlim slots,
        CancellationToken cancellationToken)
    {
        this.analyze = analyze;
        this.progress = progress;
        this.slots = slots;
        this.cancellationToken = cancellationToken;
        ended = new TaskCompletionSource[count];
        for (var i = 0; i < count; i++)
        {
            var end = ended[i] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            new Thread(() => Work(end)) { IsBackground = true, Name = $"StatementKit batch worker {i + 1}" }.Start();
        }
    }

    /// <summary>Hands an article to the next free worker (the caller holds one of the slots; the worker frees it).</summary>
    public Task<ArticleAnalysis> Start(Article article)
    {
        var result = new TaskCompletionSource<ArticleAnalysis>(TaskCreationOptions.RunContinuationsAsynchronously);
        queue.Add((article, result), CancellationToken.None);
        return result.Task;
    }

    /// <summary>Lets the workers finish what they hold and end; completes when all have.</summary>
    public Task StopAsync()
    {
        queue.CompleteAdding();
        return Task.WhenAll(ended.Select(e => e.Task));
    }

    public void Dispose() => queue.Dispose();

    private void Work(TaskCompletionSource end)
    {
        foreach (var (article, result) in queue.GetConsumingEnumerable(CancellationToken.None))
        {
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                var analysis = analyze(article, cancellationToken);
                progress.Completed(analysis.Text.Length);
                result.TrySetResult(analysis);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                result.TrySetCanceled(cancellationToken);
            }
            catch (Exception exception)
            {
                // Surfaces to the consumer when this article's turn comes, as a direct call would have thrown it.
                result.TrySetException(exception);
            }
            finally
            {
                slots.Release();
            }
        }

        end.TrySetResult();
    }
}
