using StatementKit.Cli.Reports;
using StatementKit.Cli.Tests.Support;

namespace StatementKit.Cli.Tests;

/// <summary>The human-readable table: wrapped, never cut, and never a raw control character.</summary>
public sealed class TableOutputTests
{
    [Fact]
    public void Long_statements_are_wrapped_not_cut()
    {
        var text = "“" + string.Join(' ', Enumerable.Repeat("We will keep every school in the valley open for as long as the children need them", 3)) + ",” said Anna Berg.";
        var result = TheCli.RunWithInput(text, "analyze", "-");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= 120, $"{line.Length} characters: {line}"));
        var joined = string.Join(' ', lines.Select(l => l.Trim()));
        Assert.Contains("as long as the children need them We will keep every school", joined, StringComparison.Ordinal);
        Assert.DoesNotContain("…", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_wraps_at_the_terminal_width()
    {
        var result = TheCli.RunWith(new TheCli.Console("", OutputIsTerminal: true, ErrorIsTerminal: false, Width: 90), "analyze", TheCli.Article("000_618e7dbac6461e37.txt"));

        // Every line but the first, which names the file (a path is never broken).
        Assert.All(result.Out.Split('\n').Skip(1), line => Assert.True(line.Length <= 90, $"{line.Length} characters: {line}"));
    }

    private const string FourTypes = "Anna Berg said that taxes would not rise. Anna Berg believes that the plan will work. "
        + "A new study found that prices fell in May. Anna Berg vowed to fight the ruling in court.";

    private static readonly string[] Columns = ["kind", "type", "speaker", "method", "conf", "statement"];

    /// <summary>The header line and the first line of every statement (a row starts with its right-aligned number).</summary>
    private static (string Header, List<string> Rows) Table(string output)
    {
        var lines = output.Split('\n');
        var header = Assert.Single(lines, l => l.StartsWith("  #  kind", StringComparison.Ordinal));
        return (header, lines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^ *\d+  \S")).ToList());
    }

    [Fact]
    public void Each_statement_shows_its_type_beside_its_kind_and_its_confidence()
    {
        var result = TheCli.RunWithInput(FourTypes, "analyze", "--mode", "fast", "-");

        Assert.Equal(0, result.ExitCode);
        var (header, rows) = Table(result.Out);
        Assert.StartsWith("  #  kind      type         speaker", header, StringComparison.Ordinal);
        var type = header.IndexOf("type", StringComparison.Ordinal);
        var speaker = header.IndexOf("speaker", StringComparison.Ordinal);
        var conf = header.IndexOf("conf", StringComparison.Ordinal);
        Assert.Equal(["assertion", "belief", "fact", "eventuality"], rows.Select(r => r[type..speaker].TrimEnd()));
        Assert.All(rows, r => Assert.Matches(@"^[01]\.\d\d$", r[conf..(conf + 4)]));
    }

    [Theory]
    [InlineData(0)]     // not a terminal: 120 columns
    [InlineData(200)]
    [InlineData(90)]    // the speaker column narrowed
    [InlineData(60)]    // narrower than the table: lines run over, the columns stay aligned
    public void Every_row_keeps_to_the_header_columns(int width)
    {
        var text = FourTypes + " “We will keep every school in the valley open for as long as the children need them,” "
            + "said Anna-Katharina Berglund-Oxenstierna, the chair of the regional education committee.";
        var result = TheCli.RunWith(new TheCli.Console(text, OutputIsTerminal: width > 0, ErrorIsTerminal: false, Width: width), "analyze", "--mode", "fast", "-");

        var (header, rows) = Table(result.Out);
        var starts = Columns.Select(c => header.IndexOf(c, StringComparison.Ordinal)).ToArray();
        Assert.True(rows.Count >= 5, result.Out);
        foreach (var row in rows)
        {
            // Every column starts right after two spaces, where its heading starts.
            Assert.All(starts, start => Assert.True(row[start - 2] == ' ' && row[start - 1] == ' ' && row[start] != ' ', $"column at {start}: {row}"));
        }

        // Continuation lines of a wrapped statement start under the statement column (200 columns wrap none).
        var statement = starts[^1];
        var continuations = result.Out.Split('\n').SkipWhile(l => l != header).TakeWhile(l => l.Length > 0).Where(l => l.StartsWith(new string(' ', statement), StringComparison.Ordinal)).ToList();
        Assert.Equal(width == 200, continuations.Count == 0);
        Assert.All(continuations, l => Assert.NotEqual(' ', l[statement]));
        if (width >= 90)
        {
            Assert.All(result.Out.Split('\n'), l => Assert.True(l.Length <= width, $"{l.Length} characters: {l}"));
        }
    }

    [Fact]
    public void On_a_narrow_terminal_the_speaker_gives_way_and_the_statement_keeps_thirty_columns()
    {
        const string Text = "“We will keep every school open,” said Anna-Katharina Berglund-Oxenstierna.";
        var wide = TheCli.RunWith(new TheCli.Console(Text, OutputIsTerminal: true, ErrorIsTerminal: false, Width: 200), "analyze", "--mode", "fast", "-");
        var narrow = TheCli.RunWith(new TheCli.Console(Text, OutputIsTerminal: true, ErrorIsTerminal: false, Width: 90), "analyze", "--mode", "fast", "-");

        Assert.Contains("Anna-Katharina Bergl…", Table(wide.Out).Rows[0], StringComparison.Ordinal);
        var (header, rows) = Table(narrow.Out);
        Assert.Contains("Anna-Kath…", rows[0], StringComparison.Ordinal);
        Assert.Equal(90 - 30, header.IndexOf("statement", StringComparison.Ordinal));
    }

    [Fact]
    public void Control_characters_of_the_article_and_its_name_never_reach_the_terminal_raw()
    {
        using var folder = new TempFolder();
        var path = folder.File("evil\u001b]0;owned\u0007.txt", "Headline \u001b[2J\u001b[31mred\u009b1m\n\n“We are \u001b[5mopen,” said Anna Berg.");

        var result = TheCli.Run("analyze", path, "/nonexistent\u001b[2J.txt");

        foreach (var stream in new[] { result.Out, result.Error })
        {
            Assert.DoesNotContain('\u001b', stream);
            Assert.DoesNotContain('\u0007', stream);
            Assert.DoesNotContain('\u009b', stream);
        }

        Assert.Contains("␛[2J", result.Out, StringComparison.Ordinal);
        Assert.Contains("␛[2J", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_article_is_said_to_have_nothing_to_assess()
    {
        var result = TheCli.RunWithInput("", "analyze", "-");

        Assert.Contains("Reliability: unknown (no statements to assess)", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("high (100/100)", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("a\u001bb", "a␛b")]
    [InlineData("tab\tnew\nline", "tab␉new␊line")]
    [InlineData("del\u007f", "del␡")]
    [InlineData("csi\u009b", "csi\uFFFD")]
    [InlineData("rtl\u202Eevil", "rtl\uFFFDevil")]
    public void Terminal_text_shows_controls_as_pictures(string text, string shown) =>
        Assert.Equal(shown, TerminalText.Clean(text));

    [Fact]
    public void Wrap_breaks_at_spaces_and_cuts_only_words_longer_than_the_line()
    {
        Assert.Equal(["aaa bbb", "ccc"], TableReport.Wrap("aaa bbb ccc", 7));
        Assert.Equal(["abcdefg", "hij"], TableReport.Wrap("abcdefghij", 7));
        Assert.Equal([""], TableReport.Wrap("", 7));
    }
}
