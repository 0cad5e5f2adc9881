using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace StatementKit.Worker.Streams;

/// <summary>Refreshes the lag gauge every few seconds and logs one line a minute of what the worker did.</summary>
internal sealed partial class QueueReport(WorkerMetrics metrics, ILogger logger)
{
    private static readonly TimeSpan ReportInterval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LagInterval = TimeSpan.FromSeconds(10);

    public async Task RunAsync(StreamQueue queue, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(LagInterval);
        var elapsed = TimeSpan.Zero;
        var nextReport = ReportInterval;
        long analysedBefore = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                elapsed += LagInterval;
                try
                {
                    metrics.SetLag((await queue.BacklogAsync().ConfigureAwait(false)).Lag);
                }
                catch (Exception exception) when (exception is RedisException or TimeoutException)
                {
                    // The reads report Redis being away; the gauge keeps its last value.
                }

                if (elapsed >= nextReport)
                {
                    var analysed = metrics.Analysed;
                    LogMinute(logger, analysed - analysedBefore, (analysed - analysedBefore) / ReportInterval.TotalSeconds, analysed,
                        metrics.DeadLetters, metrics.Claimed, metrics.Lag);
                    analysedBefore = analysed;
                    nextReport += ReportInterval;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(EventId = 21, Level = LogLevel.Information, Message = "Last minute: {Articles} articles analysed ({PerSecond:0.0}/s); in all {Total} analysed, {DeadLetters} dead letters, {Claimed} claimed; lag {Lag}")]
    private static partial void LogMinute(ILogger logger, long articles, double perSecond, long total, long deadLetters, long claimed, long lag);
}
