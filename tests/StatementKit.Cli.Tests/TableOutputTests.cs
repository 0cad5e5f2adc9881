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
