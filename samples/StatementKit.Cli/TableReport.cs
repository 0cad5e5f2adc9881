using StatementKit;

namespace StatementKit.Cli;

/// <summary>The human-readable default output: statements, speakers and kinds, then the flags.</summary>
internal static class TableReport
{
    private const int TextWidth = 70;

    public static void Write(TextWriter output, string path, ArticleAnalysis analysis)
    {
        output.WriteLine($"== {path}");
        if (analysis.Metadata.Title is { } title)
        {
            output.WriteLine($"   {Shorten(title, 100)}");
        }

        output.WriteLine();
        output.WriteLine($"{"#",3}  {"kind",-8}  {"speaker",-24}  {"method",-12}  statement");
        var n = 0;
        foreach (var statement in analysis.Statements)
        {
            var speaker = statement.Speaker?.Name ?? "(unknown)";
            var method = statement.Speaker?.Method.ToString().ToLowerInvariant() ?? "-";
            output.WriteLine($"{++n,3}  {statement.Kind.ToString().ToLowerInvariant(),-8}  {Shorten(speaker, 24),-24}  {method,-12}  {Shorten(statement.Content.Text, TextWidth)}");
        }

        output.WriteLine();
        output.WriteLine($"Reliability: {analysis.Reliability.Level.ToString().ToLowerInvariant()} ({analysis.Reliability.Score}/100)");
        foreach (var flag in analysis.Reliability.Flags)
        {
            output.WriteLine($"  [{flag.Severity.ToString().ToLowerInvariant()}] {flag.Code}: {flag.Message}");
        }

        output.WriteLine();
    }

    private static string Shorten(string text, int width)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= width ? flat : string.Concat(flat.AsSpan(0, width - 1), "…");
    }
}
