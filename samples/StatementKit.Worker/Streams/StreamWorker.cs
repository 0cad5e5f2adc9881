using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace StatementKit.Worker.Streams;

/// <summary>
/// <c>work</c>: reads entries of the stream as one consumer of its group (XREADGROUP, never more than it has free
/// analysis slots: the back-pressure), takes over entries other consumers left pending longer than
/// <c>--claim-after</c> (XAUTOCLAIM), analyses each, and writes its result or dead letter together with the
/// acknowledgement. Redis going away is waited out: reads pause and finished outcomes are retried until it is back.
/// On SIGTERM it reads nothing more, finishes the entries in hand (or, past the host's shutdown timeout, leaves them
/// pending for the others) and exits. With <c>--exit-when-idle</c> it also exits once no entry arrived for that long
/// and nothing of the group is waiting or pending.
/// </summary>
internal sealed partial class StreamWorker(
    IStatementAnalyzer analyzer,
    StreamWorkSettings settings,
    WorkerMetrics metrics,
    IHostApplicationLifetime lifetime,
    ILogger<StreamWorker> logger) : BackgroundService
{
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(1);

    // Cancelled when the host's shutdown timeout runs out: the entries still in hand are then left pending.
    private readonly CancellationTokenSource abandon = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<Task> inHand = [];
    private bool redisDown;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        using (cancellationToken.Register(abandon.Cancel))
        {
            await base.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override void Dispose()
    {
        abandon.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before connecting.
        await Task.Yield();
        using var connection = await ConnectionMultiplexer.ConnectAsync(RedisConnection.Options(StreamWorkSettings.Command, settings.Redis)).ConfigureAwait(false);
        var queue = new StreamQueue(connection.GetDatabase(), settings);
        var analysis = new EntryAnalysis(analyzer, settings.MaxArticleBytes);
        using var slots = new SemaphoreSlim(settings.MaxInFlight);
        LogStarted(logger, settings.Consumer, settings.Group, settings.Stream, settings.Mode, settings.MaxInFlight);
        var reporting = new QueueReport(metrics, logger).RunAsync(queue, stoppingToken);
        try
        {
            await ReadAsync(queue, analysis, slots, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (RedisServerException exception)
        {
            // Not an outage but a refusal (a key of another type, no permission): told in one line, and the worker ends.
            LogRefused(logger, settings.Redis, exception.Message);
            Environment.ExitCode = 1;
        }

        Task[] remaining;
        lock (inHand)
        {
            remaining = [.. inHand];
        }

        await Task.WhenAll(remaining).ConfigureAwait(false);
        using (var self = Process.GetCurrentProcess())
        {
            LogStopped(logger, metrics.Analysed, metrics.DeadLetters, metrics.Claimed, clock.Elapsed.TotalSeconds, self.TotalProcessorTime.TotalSeconds);
        }

        lifetime.StopApplication();
        await reporting.ConfigureAwait(false);
    }

    private async Task ReadAsync(StreamQueue queue, EntryAnalysis analysis, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        var groupReady = false;
        var lastArrival = clock.Elapsed;
        var nextClaim = TimeSpan.Zero;
        var claimInterval = TimeSpan.FromTicks(Math.Clamp(settings.ClaimAfter.Ticks / 2, TimeSpan.TicksPerMillisecond * 100, TimeSpan.TicksPerSecond * 5));
        var pause = TimeSpan.FromMilliseconds(50);
        while (!stoppingToken.IsCancellationRequested)
        {
            // Read only as many entries as there are free slots: entries wait in the stream, not in this process.
            await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
            var free = 1;
            while (free < settings.MaxInFlight && slots.Wait(0))
            {
                free++;
            }

            QueuedEntry[] batch = [];
            try
            {
                if (!groupReady)
                {
                    await queue.EnsureGroupAsync().ConfigureAwait(false);
                    groupReady = true;
                }

                if (clock.Elapsed >= nextClaim)
                {
                    batch = await queue.ClaimAsync(free).ConfigureAwait(false);
                    if (batch.Length > 0)
                    {
                        metrics.AddClaimed(batch.Length);
                        LogClaimed(logger, batch.Length, settings.ClaimAfter.TotalSeconds);
                    }
                    else
                    {
                        nextClaim = clock.Elapsed + claimInterval;
                    }
                }

                if (batch.Length == 0)
                {
                    batch = await queue.ReadNewAsync(free).ConfigureAwait(false);
                }

                RedisBack();
            }
            catch (RedisServerException exception) when (exception.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
            {
                // The stream or group is gone (a Redis restarted without persistence, a deleted key): made again.
                groupReady = false;
            }
            catch (Exception exception) when (RedisConnection.IsTransient(exception))
            {
                RedisAway(exception);
            }
            finally
            {
                if (free > batch.Length)
                {
                    slots.Release(free - batch.Length);
                }
            }

            if (batch.Length > 0)
            {
                lastArrival = clock.Elapsed;
                pause = TimeSpan.FromMilliseconds(50);
                foreach (var entry in batch)
                {
                    Start(queue, analysis, entry, slots);
                }

                continue;
            }

            if (settings.ExitWhenIdle is { } idle && clock.Elapsed - lastArrival >= idle && slots.CurrentCount == settings.MaxInFlight
                && await NothingWaitingAsync(queue).ConfigureAwait(false))
            {
                LogIdle(logger, idle.TotalSeconds);
                return;
            }

            // Polled rather than blocking in XREADGROUP: a blocking read would hold the shared connection's pipe.
            await Task.Delay(pause, stoppingToken).ConfigureAwait(false);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
        }
    }

    private void Start(StreamQueue queue, EntryAnalysis analysis, QueuedEntry entry, SemaphoreSlim slots)
    {
        var task = ProcessAsync(queue, analysis, entry, slots);
        lock (inHand)
        {
            inHand.RemoveAll(t => t.IsCompleted);
            inHand.Add(task);
        }
    }

    private async Task ProcessAsync(StreamQueue queue, EntryAnalysis analysis, QueuedEntry queued, SemaphoreSlim slots)
    {
        try
        {
            var outcome = await Task.Run(() => analysis.Analyse(queued, abandon.Token), abandon.Token).ConfigureAwait(false);
            var pause = TimeSpan.FromMilliseconds(100);
            while (true)
            {
                try
                {
                    if (outcome.Json is { } json)
                    {
                        await queue.CompleteAsync(queued.Entry.Id, outcome.Id, json).ConfigureAwait(false);
                        metrics.AddAnalysed();
                    }
                    else
                    {
                        await queue.DeadLetterAsync(queued.Entry.Id, outcome.Id, outcome.DeadLetterReason!).ConfigureAwait(false);
                        metrics.AddDeadLetter();
                        LogDeadLetter(logger, outcome.Id, queue.DeadLetterStream, outcome.DeadLetterReason!);
                    }

                    return;
                }
                catch (Exception exception) when (RedisConnection.IsTransient(exception))
                {
                    // The outcome is kept and written once Redis is back; the entry stays pending meanwhile.
                    RedisAway(exception);
                    await Task.Delay(pause, abandon.Token).ConfigureAwait(false);
                    pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
                }
            }
        }
        catch (OperationCanceledException) when (abandon.IsCancellationRequested)
        {
            LogLeftPending(logger, queued.Entry.Id.ToString());
        }
        catch (RedisException exception)
        {
            LogWriteFailed(logger, queued.Entry.Id.ToString(), exception.Message);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task<bool> NothingWaitingAsync(StreamQueue queue)
    {
        try
        {
            var (lag, pending) = await queue.BacklogAsync().ConfigureAwait(false);
            return lag == 0 && pending == 0;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return false;
        }
    }

    private void RedisAway(Exception exception)
    {
        lock (inHand)
        {
            if (redisDown)
            {
                return;
            }

            redisDown = true;
        }

        // The failure's kind, not the client's long diagnostic string: one short line per outage.
        LogRedisAway(logger, settings.Redis, exception is RedisConnectionException connection ? connection.FailureType.ToString() : exception.GetType().Name);
    }

    private void RedisBack()
    {
        lock (inHand)
        {
            if (!redisDown)
            {
                return;
            }

            redisDown = false;
        }

        LogRedisBack(logger, settings.Redis);
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Consumer {Consumer} of group {Group} on stream {Stream}: {Mode} mode, up to {InFlight} entries in hand")]
    private static partial void LogStarted(ILogger logger, string consumer, string group, string stream, WorkMode mode, int inFlight);

    [LoggerMessage(EventId = 22, Level = LogLevel.Information, Message = "Claimed {Count} entries pending longer than {Seconds} s with other consumers")]
    private static partial void LogClaimed(ILogger logger, int count, double seconds);

    [LoggerMessage(EventId = 23, Level = LogLevel.Warning, Message = "Dead letter {Id} to {Stream}: {Reason}")]
    private static partial void LogDeadLetter(ILogger logger, string id, string stream, string reason);

    [LoggerMessage(EventId = 24, Level = LogLevel.Warning, Message = "Redis at {Redis} is unavailable ({Reason}); waiting for it")]
    private static partial void LogRedisAway(ILogger logger, string redis, string reason);

    [LoggerMessage(EventId = 25, Level = LogLevel.Information, Message = "Redis at {Redis} is back")]
    private static partial void LogRedisBack(ILogger logger, string redis);

    [LoggerMessage(EventId = 26, Level = LogLevel.Warning, Message = "Entry {Entry} left pending for another consumer: shutting down")]
    private static partial void LogLeftPending(ILogger logger, string entry);

    [LoggerMessage(EventId = 27, Level = LogLevel.Error, Message = "Entry {Entry} stays pending: its outcome could not be written ({Reason})")]
    private static partial void LogWriteFailed(ILogger logger, string entry, string reason);

    [LoggerMessage(EventId = 30, Level = LogLevel.Error, Message = "Redis at {Redis} refused the queue's commands ({Reason}); stopping")]
    private static partial void LogRefused(ILogger logger, string redis, string reason);

    [LoggerMessage(EventId = 28, Level = LogLevel.Information, Message = "No entry for {Seconds} s and nothing pending: exiting")]
    private static partial void LogIdle(ILogger logger, double seconds);

    [LoggerMessage(EventId = 29, Level = LogLevel.Information, Message = "Stopped: {Analysed} analysed, {DeadLetters} dead letters, {Claimed} claimed in {Seconds:0.0} s ({ProcessorSeconds:0.00} s of processor time since the process started)")]
    private static partial void LogStopped(ILogger logger, long analysed, long deadLetters, long claimed, double seconds, double processorSeconds);
}
