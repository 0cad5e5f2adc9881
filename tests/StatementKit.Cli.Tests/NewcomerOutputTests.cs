using System.Text.Json;
using StatementKit.Cli.Analysis;
using StatementKit.Cli.Tests.Support;

namespace StatementKit.Cli.Tests;

/// <summary>
/// Issue #26, as a new user meets the CLI: options that do not apply are said so, an empty file is noted, the table
/// shows speakers and confidences, every format says which mode ran, and a long input says what to expect.
/// </summary>
public sealed class NewcomerOutputTests
{
    private const string Quotes = "“We are open,” said Anna Berg. “We will stay open,” Berg added. Officials said the school would close.";

    [Fact]
    public void Include_text_with_the_table_is_not_silently_ignored()
    {
        using var folder = new TempFolder();
        var article = folder.File("a.txt", Quotes);

        var result = TheCli.Run("analyze", "--mode", "fast", "--include-text", article);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--include-text adds the analysed text to json and jsonl only", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Include_text_with_jsonl_gives_no_note()
    {
        using var folder = new TempFolder();
        var article = folder.File("a.txt", Quotes);

        var result = TheCli.Run("analyze", "--mode", "fast", "--format", "jsonl", "--include-text", article);

        Assert.Equal("", result.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\n")]
    public void An_empty_file_is_noted_and_still_gets_its_record(string content)
    {
        using var folder = new TempFolder();
        var empty = folder.File("empty.txt", content);

        var result = TheCli.Run("analyze", "--mode", "fast", "--format", "jsonl", empty);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("empty.txt: empty: no text to analyse", result.Error, StringComparison.Ordinal);
        Assert.Single(result.OutLines);
    }

    [Fact]
    public void The_table_shows_the_mode_confidences_and_a_speaker_summary()
    {
        using var folder = new TempFolder();
        var article = folder.File("a.txt", Quotes);

        var result = TheCli.Run("analyze", "--mode", "fast", article);

        Assert.Contains("   mode: fast", result.Out, StringComparison.Ordinal);
        Assert.Contains("  conf  statement", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"\n  1  direct    assertion    Anna Berg +name +0\.\d\d  We are open", result.Out);
        Assert.Contains("Speakers:", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"\n +2 statements  Anna Berg \(person; female\)\n +1 statement  +Officials \(group\)", result.Out);
    }

    [Theory]
    [InlineData("fast", "json")]
    [InlineData("fast", "jsonl")]
    [InlineData("accurate", "jsonl")]
    public void Json_records_say_which_mode_ran_and_keep_every_contract_field(string mode, string format)
    {
        using var folder = new TempFolder();
        var article = folder.File("a.txt", Quotes);

        var result = TheCli.Run("analyze", "--mode", mode, "--format", format, article);

        using var parsed = JsonDocument.Parse(result.Out);
        var record = format == "json" ? parsed.RootElement[0] : parsed.RootElement;
        Assert.Equal(mode, record.GetProperty("mode").GetString());
        Assert.Equal(["path", "title", "metadata", "statements", "entities", "reliability", "mode"], record.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_long_input_in_the_accurate_mode_says_what_to_expect()
    {
        Assert.Null(RunNotes.ForLength(100_000, AnalysisMode.Accurate));
        Assert.Null(RunNotes.ForLength(15_000_000, AnalysisMode.Fast));
        Assert.Equal("15.0 million characters in the accurate mode: about 3 min on one core; --mode fast is about 40 times faster",
            RunNotes.ForLength(15_000_000, AnalysisMode.Accurate));
        Assert.Equal("1.0 million characters in the accurate mode: about 11 s on one core; --mode fast is about 40 times faster",
            RunNotes.ForLength(1_000_000, AnalysisMode.Accurate));
    }
}
