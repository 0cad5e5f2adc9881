using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace StatementKit.Worker;

/// <summary>Logs a batch's progress at most once per interval, from whichever worker thread reports.</summary>
internal sealed partial class ProgressLog(ILogger logger, TimeSpan interval) : IProgress<BatchAnalysisProgress>
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long nextReport = (long)interval.TotalMilliseconds;

    public void Report(BatchAnalysisProgress value)
    {
        var now = clock.ElapsedMilliseconds;
        var due = Interlocked.Read(ref nextReport);
        if (now >= due && Interlocked.CompareExchange(ref nextReport, now + (long)interval.TotalMilliseconds, due) == due)
        {
            LogProgress(logger, value.Completed, value.Total?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?",
                value.Characters / 1e6 / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
        }
    }

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "{Completed} of {Total} articles analysed ({MegaCharactersPerSecond:0.00} M characters/s)")]
    private static partial void LogProgress(ILogger logger, int completed, string total, double megaCharactersPerSecond);
}
