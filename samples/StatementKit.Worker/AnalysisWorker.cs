using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatementKit.JsonContract;

namespace StatementKit.Worker;

/// <summary>The streams the worker reads and writes: standard input and output, or others in tests.</summary>
internal sealed record WorkerStreams(TextReader Input, Stream Output);

/// <summary>
/// Reads the input, analyses it in parallel (<c>AnalyzeManyAsync</c>, sharing the configured speaker registry), writes
/// one JSON line per article in input order, logs progress, and stops the host when the input ends.
/// </summary>
internal sealed partial class AnalysisWorker(
    IStatementAnalyzer analyzer,
    ArticleSource source,
    WorkerStreams streams,
    IOptions<WorkerOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<AnalysisWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the (blocking) first read of the input.
        await Task.Yield();
        var settings = options.Value;
        var paths = new Queue<string>();
        var articles = source.Read(streams.Input).Select(sourced =>
        {
            // Results come back in input order, so the names wait in the same order.
            lock (paths)
            {
                paths.Enqueue(sourced.Path);
            }

            return sourced.Article;
        });
        var progress = new ProgressLog(logger, settings.ProgressInterval);
        var batch = new BatchAnalysisOptions
        {
            MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism == 0 ? Environment.ProcessorCount : settings.MaxDegreeOfParallelism,
            RoundSize = settings.RoundSize,
            Progress = progress,
        };

        var clock = Stopwatch.StartNew();
        var written = 0;
        long characters = 0;
        try
        {
            // Standard output belongs to the process; a file is the worker's own to close.
            await using var file = settings.Output == "-" ? null : new FileStream(settings.Output, FileMode.Append, FileAccess.Write, FileShare.Read);
            var output = file ?? streams.Output;
            await foreach (var analysis in analyzer.AnalyzeManyAsync(articles, batch, stoppingToken).ConfigureAwait(false))
            {
                string path;
                lock (paths)
                {
                    path = paths.Dequeue();
                }

                WriteRecord(output, path, analysis);
                written++;
                characters += analysis.Text.Length;
            }

            await output.FlushAsync(stoppingToken).ConfigureAwait(false);
            LogFinished(logger, written, clock.Elapsed.TotalSeconds, characters / 1e6 / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            LogStopped(logger, written);
        }
        catch (IOException exception)
        {
            LogOutputFailed(logger, exception.Message);
            Environment.ExitCode = 1;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    /// <summary>One analysis as one JSON line of the contract, written by the CLI's own writer so the two never drift apart.</summary>
    private static void WriteRecord(Stream output, string path, ArticleAnalysis analysis)
    {
        using (var json = new Utf8JsonWriter(output, AnalysisJsonWriter.Compact))
        {
            AnalysisJsonWriter.Write(json, path, analysis, new AnalysisJsonOptions());
        }

        output.WriteByte((byte)'\n');
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Analysed {Articles} articles in {Seconds:0.0} s ({MegaCharactersPerSecond:0.00} M characters/s)")]
    private static partial void LogFinished(ILogger logger, int articles, double seconds, double megaCharactersPerSecond);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Stopped after {Articles} articles")]
    private static partial void LogStopped(ILogger logger, int articles);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "The output cannot be written ({Reason}); stopping")]
    private static partial void LogOutputFailed(ILogger logger, string reason);
}
