using StatementKit.Reliability;

namespace StatementKit.Cli.Reports;

/// <summary>
/// <c>--format table</c>, the human-readable default: per article its statements (number, kind, speaker, method and the
/// statement wrapped to the width), then the reliability level and flags. All article text is cleaned of control
/// characters before it reaches a terminal.
/// </summary>
internal sealed class TableReport(TextWriter output, int width) : IReportWriter
{
    private const int NumberWidth = 3, KindWidth = 8, SpeakerWidth = 24, MethodWidth = 12, Gap = 2;
    private const int StatementColumn = NumberWidth + KindWidth + SpeakerWidth + MethodWidth + (4 * Gap);

    /// <summary>The narrowest statement column; on a narrower terminal lines are allowed to run over.</summary>
    private const int MinimumStatementWidth = 30;

    public void Write(string path, ArticleAnalysis analysis)
    {
        output.WriteLine($"== {TerminalText.Clean(path)}");
        if (analysis.Metadata.Title is { } title)
        {
            WriteWrapped(TerminalText.Flatten(title), indent: 3, firstIndent: 3);
        }

        output.WriteLine();
        output.WriteLine($"{"#",NumberWidth}  {"kind",-KindWidth}  {"speaker",-SpeakerWidth}  {"method",-MethodWidth}  statement");
        var n = 0;
        foreach (var statement in analysis.Statements)
        {
            var speaker = TerminalText.Flatten(statement.Speaker?.Name ?? "(unknown)");
            var method = statement.Speaker?.Method.ToString().ToLowerInvariant() ?? "-";
            var lines = Wrap(TerminalText.Flatten(statement.Content.Text), Math.Max(MinimumStatementWidth, width - StatementColumn));
            output.WriteLine($"{++n,NumberWidth}  {statement.Kind.ToString().ToLowerInvariant(),-KindWidth}  {Fit(speaker, SpeakerWidth),-SpeakerWidth}  {method,-MethodWidth}  {lines[0]}");
            foreach (var line in lines.Skip(1))
            {
                output.Write(new string(' ', StatementColumn));
                output.WriteLine(line);
            }
        }

        if (n == 0)
        {
            output.WriteLine("     (no statements)");
        }

        output.WriteLine();
        var reliability = analysis.Reliability;
        output.WriteLine(reliability.Level == ReliabilityLevel.Unknown
            ? "Reliability: unknown (no statements to assess)"
            : $"Reliability: {reliability.Level.ToString().ToLowerInvariant()} ({reliability.Score}/100)");
        foreach (var flag in reliability.Flags)
        {
            var head = $"  [{flag.Severity.ToString().ToLowerInvariant()}] {flag.Code}: ";
            WriteWrapped(head + TerminalText.Flatten(flag.Message), indent: 4, firstIndent: 0);
        }

        output.WriteLine();
        output.Flush();
    }

    public void Complete() => output.Flush();

    private void WriteWrapped(string text, int indent, int firstIndent)
    {
        var lines = Wrap(text, Math.Max(MinimumStatementWidth, width - indent));
        for (var i = 0; i < lines.Count; i++)
        {
            output.Write(new string(' ', i == 0 ? firstIndent : indent));
            output.WriteLine(lines[i]);
        }
    }

    /// <summary>Breaks a one-line text at spaces into lines of at most <paramref name="width"/> characters (a longer word is cut).</summary>
    internal static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > width)
        {
            var cut = rest[..(width + 1)].LastIndexOf(' ');
            if (cut <= 0)
            {
                lines.Add(rest[..width].ToString());
                rest = rest[width..];
            }
            else
            {
                lines.Add(rest[..cut].ToString());
                rest = rest[(cut + 1)..];
            }
        }

        lines.Add(rest.ToString());
        return lines;
    }

    private static string Fit(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");
}
