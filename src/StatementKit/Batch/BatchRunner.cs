using System.Runtime.CompilerServices;
using StatementKit.Speakers;

namespace StatementKit.Batch;

/// <summary>
/// Runs a batch: a bounded number of articles in flight, results handed back in input order, and the speaker registry
/// read and recorded by rounds (see <see cref="BatchAnalysisOptions.RoundSize"/>) so that results do not depend on
/// which worker finished first.
/// </summary>
internal static class BatchRunner
{
    /// <summary>Analysed articles waiting for an earlier one to finish are held up to this many per worker.</summary>
    private const int PendingPerWorker = 4;

    public static async IAsyncEnumerable<ArticleAnalysis> Run(IStatementAnalyzer analyzer, IEnumerable<Article> articles,
        BatchAnalysisOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Our own analyzer can analyse without recording, so a round is recorded only when all of it is done; another
        // implementation records (or not) as it does in Analyze.
        var own = analyzer as StatementAnalyzer;
        var registry = own?.Registry;
        Func<Article, CancellationToken, ArticleAnalysis> analyze = own is not null ? own.AnalyzeWithoutRecording : analyzer.Analyze;

        var workers = options.MaxDegreeOfParallelism;
        var roundSize = options.RoundSize;
        var progress = new ProgressCounter(options.Progress, articles.TryGetNonEnumeratedCount(out var count) ? count : null);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(workers);
        using var pool = new WorkerThreads(workers, analyze, progress, slots, stop.Token);
        using var input = new InputReader(articles, workers);
        var pending = new Queue<Task<ArticleAnalysis>>();
        var round = new List<Task<ArticleAnalysis>>(registry is null ? 0 : Math.Min(roundSize, 1024));
        try
        {
            while (true)
            {
                // The next article; while the input makes us wait, results that are ready go out.
                Article? article;
                var ended = false;
                while (!input.TryRead(out article))
                {
                    var more = input.WaitToReadAsync(stop.Token);
                    while (!more.IsCompleted && pending.Count > 0)
                    {
                        await Task.WhenAny(more, pending.Peek()).ConfigureAwait(false);
                        while (pending.Count > 0 && pending.Peek().IsCompleted)
                        {
                            yield return await pending.Dequeue().ConfigureAwait(false);
                        }
                    }

                    if (!await more.ConfigureAwait(false))
                    {
                        ended = true;
                        break;
                    }
                }

                if (ended)
                {
                    break;
                }

                if (registry is not null && round.Count == roundSize)
                {
                    await RecordAsync(registry, round).ConfigureAwait(false);
                    round.Clear();
                }

                while (pending.Count > 0 && (pending.Peek().IsCompleted || pending.Count >= workers * PendingPerWorker))
                {
                    yield return await pending.Dequeue().ConfigureAwait(false);
                }

                await slots.WaitAsync(stop.Token).ConfigureAwait(false);
                var task = pool.Start(article);
                pending.Enqueue(task);
                if (registry is not null)
                {
                    round.Add(task);
                }
            }

            if (registry is not null)
            {
                await RecordAsync(registry, round).ConfigureAwait(false);
            }

            while (pending.Count > 0)
            {
                yield return await pending.Dequeue().ConfigureAwait(false);
            }
        }
        finally
        {
            // Abandoned, cancelled or failed: stop the articles still in flight and let the workers end before returning.
            await stop.CancelAsync().ConfigureAwait(false);
            await pool.StopAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Records a round once every article of it is done (recording the first while a later one still runs would let
    /// that one read it), in input order (the order does not change the counts; it keeps a store's log readable).
    /// A registry on a remote store waits synchronously for it, so this runs on a thread of its own, as the workers
    /// do, and never holds a thread-pool thread that the store's replies need.
    /// </summary>
    private static async Task RecordAsync(ISpeakerRegistry registry, List<Task<ArticleAnalysis>> round)
    {
        var analyses = await Task.WhenAll(round).ConfigureAwait(false);
        await Task.Factory.StartNew(() =>
        {
            foreach (var analysis in analyses)
            {
                registry.Record(analysis);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
    }
}
