using System.Threading.Channels;

namespace StatementKit.Batch;

/// <summary>
/// Reads the batch's input on a thread of its own, a few articles ahead: an input may block (a stream, a queue), and
/// while it does, the batch must still hand back the results that are ready. Errors of the input reach the reader
/// after the articles read before them.
/// </summary>
internal sealed class InputReader : IDisposable
{
    private readonly Channel<Article> channel;
    private readonly CancellationTokenSource stop = new();

    public InputReader(IEnumerable<Article> articles, int capacity)
    {
        channel = Channel.CreateBounded<Article>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        new Thread(() => Produce(articles)) { IsBackground = true, Name = "StatementKit batch input" }.Start();
    }

    public bool TryRead(out Article article) => channel.Reader.TryRead(out article!);

    /// <summary>True when an article can be read, false at the end of the input; throws the input's error.</summary>
    public Task<bool> WaitToReadAsync(CancellationToken cancellationToken) => channel.Reader.WaitToReadAsync(cancellationToken).AsTask();

    /// <summary>Stops reading ahead (an article the input is producing right now is still waited for, on its thread).</summary>
    public void Dispose()
    {
        stop.Cancel();
        stop.Dispose();
    }

    private void Produce(IEnumerable<Article> articles)
    {
        var token = stop.Token;
        try
        {
            foreach (var article in articles)
            {
                // A waiting write on this thread of its own; nothing else is held up by it.
                if (!channel.Writer.WaitToWriteAsync(token).AsTask().GetAwaiter().GetResult() || !channel.Writer.TryWrite(article))
                {
                    break;
                }
            }

            channel.Writer.TryComplete();
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            channel.Writer.TryComplete();
        }
        catch (Exception exception)
        {
            // The input itself failed (a file that cannot be read, say): the consumer sees it in its turn.
            channel.Writer.TryComplete(exception);
        }
    }
}
