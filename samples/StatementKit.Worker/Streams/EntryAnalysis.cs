using StackExchange.Redis;
using StatementKit.JsonContract;

namespace StatementKit.Worker.Streams;

/// <summary>What became of one entry: its result record, or why it goes to the dead-letter stream.</summary>
internal readonly record struct EntryOutcome(string Id, string? Json, string? DeadLetterReason);

/// <summary>
/// Turns a stream entry into its outcome: the content decoded as the CLI decodes a file (<see cref="ArticleBytes"/>),
/// read as HTML or text by <c>format</c>, analysed, and written as the CLI's JSONL record with <c>path</c> = <c>id</c>.
/// Anything that cannot be analysed (binary data, over the size limit, a missing field, a failure) is a dead letter
/// with its reason; nothing here throws on an entry.
/// </summary>
internal sealed class EntryAnalysis(IStatementAnalyzer analyzer, long maxArticleBytes)
{
    /// <summary>Deliveries after which an entry is a dead letter without being tried again: every worker that took it
    /// stopped before writing an outcome, so the entry itself may be what stops them.</summary>
    public const int MaxDeliveries = 5;

    public EntryOutcome Analyse(QueuedEntry queued, CancellationToken cancellationToken)
    {
        var entry = queued.Entry;
        var idValue = entry["id"];
        var id = idValue.IsNull ? entry.Id.ToString() : idValue.ToString();
        if (queued.Deliveries > MaxDeliveries)
        {
            return Dead(id, $"delivered {queued.Deliveries} times without an outcome: each worker that took it stopped first");
        }

        var content = entry["content"];
        if (content.IsNull)
        {
            return Dead(id, "no content field");
        }

        var format = entry["format"];
        var isHtml = format == "html";
        if (!format.IsNull && !isHtml && format != "text")
        {
            return Dead(id, $"format must be text or html, not '{Shorten(format.ToString())}'");
        }

        var length = content.Length();
        if (length > maxArticleBytes)
        {
            return Dead(id, $"{length} bytes, more than the limit of {maxArticleBytes} (Worker:MaxArticleBytes)");
        }

        if (ArticleBytes.Decode((byte[])content!) is not { } text)
        {
            return Dead(id, "binary data (NUL bytes or mostly not text): not analysed");
        }

        try
        {
            var analysis = analyzer.Analyze(isHtml ? Article.FromHtml(text) : Article.FromText(text), cancellationToken);
            return new EntryOutcome(id, AnalysisJsonWriter.ToJson(id, analysis, includeText: false), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The library promises not to throw on content; should a defect break that promise, this entry is set
            // aside with its reason and the group goes on.
            return Dead(id, $"analysis failed ({exception.GetType().Name}: {exception.Message})");
        }
    }

    private static EntryOutcome Dead(string id, string reason) => new(id, null, reason);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
