using StatementKit.Reliability;

namespace StatementKit.Cli.Reports;

/// <summary>
/// <c>--format table</c>, the human-readable default: per article the mode that ran, its statements (number, kind,
/// type, speaker, method, confidence and the statement wrapped to the width), the speakers with their statement counts,
/// then the reliability level and flags. All article text is cleaned of control characters before it reaches a terminal.
/// </summary>
internal sealed class TableReport(TextWriter output, int width, string mode) : IReportWriter
{
    // Kind, type and method are as wide as their longest name ("indirect", "eventuality", "organization"), so they are
    // never cut; only the speaker column gives way on a narrow terminal.
    private const int NumberWidth = 3, KindWidth = 8, TypeWidth = 11, MethodWidth = 12, ConfidenceWidth = 4, Gap = 2;
    private const int FixedColumns = NumberWidth + KindWidth + TypeWidth + MethodWidth + ConfidenceWidth + (6 * Gap);

    /// <summary>The speaker column's width when the terminal has room, and the narrowest it is squeezed to.</summary>
    private const int SpeakerWidth = 21, MinimumSpeakerWidth = 10;

    /// <summary>The narrowest statement column; on a narrower terminal lines are allowed to run over.</summary>
    private const int MinimumStatementWidth = 30;

    /// <summary>
    /// The speaker column: full width when the statement still gets its minimum, else narrowed (names cut with "…") down
    /// to <see cref="MinimumSpeakerWidth"/>, so that a terminal of <c>FixedColumns + 10 + 30</c> = 90 columns still fits.
    /// </summary>
    private readonly int speakerWidth = Math.Clamp(width - FixedColumns - MinimumStatementWidth, MinimumSpeakerWidth, SpeakerWidth);

    /// <summary>Where the statement column starts: every continuation line is indented to it.</summary>
    private int StatementColumn => FixedColumns + speakerWidth;

    public void Write(string path, ArticleAnalysis analysis)
    {
        output.WriteLine($"== {TerminalText.Clean(path)}");
        if (analysis.Metadata.Title is { } title)
        {
            WriteWrapped(TerminalText.Flatten(title), indent: 3, firstIndent: 3);
        }

        output.WriteLine($"   mode: {mode}");
        output.WriteLine();
        output.WriteLine(Row("#", "kind", "type", "speaker", "method", "conf", "statement"));
        var n = 0;
        foreach (var statement in analysis.Statements)
        {
            var speaker = TerminalText.Flatten(statement.Speaker?.Name ?? "(unknown)");
            var method = statement.Speaker?.Method.ToString().ToLowerInvariant() ?? "-";
            var lines = Wrap(TerminalText.Flatten(statement.Content.Text), Math.Max(MinimumStatementWidth, width - StatementColumn));
            var confidence = statement.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            var number = (++n).ToString(System.Globalization.CultureInfo.InvariantCulture);
            output.WriteLine(Row(number, Name(statement.Kind), Name(statement.Type), Fit(speaker, speakerWidth), method, confidence, lines[0]));
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

        WriteSpeakers(analysis);
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

    /// <summary>
    /// Who speaks and how often: each speaker's statement count, kind, gender and the other names the article gives
    /// them, most statements first (then by name, so the order is stable).
    /// </summary>
    private void WriteSpeakers(ArticleAnalysis analysis)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var unattributed = 0;
        foreach (var statement in analysis.Statements)
        {
            if (statement.Speaker?.Name is { } name)
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
            else
            {
                unattributed++;
            }
        }

        if (counts.Count == 0 && unattributed == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Speakers:");
        var entities = analysis.Entities.GroupBy(e => e.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (name, count) in counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            var about = "";
            if (entities.TryGetValue(name, out var entity))
            {
                var facts = new List<string> { entity.Kind.ToString().ToLowerInvariant() };
                if (entity.Gender != Gender.Unknown)
                {
                    facts.Add(entity.Gender.ToString().ToLowerInvariant());
                }

                var aliases = entity.Aliases.Where(a => !string.Equals(a, name, StringComparison.Ordinal)).Select(TerminalText.Flatten).ToList();
                if (aliases.Count > 0)
                {
                    facts.Add("also " + string.Join(", ", aliases));
                }

                about = $" ({string.Join("; ", facts)})";
            }

            WriteWrapped($"  {count,3} {Plural(count, "statement")}  {TerminalText.Flatten(name)}{about}", indent: 20, firstIndent: 0);
        }

        if (unattributed > 0)
        {
            output.WriteLine($"  {unattributed,3} {Plural(unattributed, "statement")}  (no speaker)");
        }
    }

    private static string Plural(int count, string noun) => count == 1 ? noun + " " : noun + "s";

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

    /// <summary>One line of the table: the number right-aligned, every other column padded to its width.</summary>
    private string Row(string number, string kind, string type, string speaker, string method, string confidence, string statement) =>
        $"{number,NumberWidth}  {kind,-KindWidth}  {type,-TypeWidth}  {speaker.PadRight(speakerWidth)}  {method,-MethodWidth}  {confidence,-ConfidenceWidth}  {statement}";

    /// <summary>An enum value as the JSON contract names it (lower case), so the table and the records read alike.</summary>
    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Fit(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");
}
