using StatementKit.Cli.Analysis;
using StatementKit.Cli.Tests.Support;

namespace StatementKit.Cli.Tests;

/// <summary>Progress shows on standard error only for a long batch, with stderr a terminal and the reports elsewhere.</summary>
public sealed class ProgressTests
{
    private static readonly string[] LongBatch = Enumerable.Repeat(TheCli.Articles()[1], RunFeedback.ProgressFrom).ToArray();

    [Fact]
    public void A_long_batch_shows_progress_when_standard_error_is_a_terminal()
    {
        var result = TheCli.RunWith(new TheCli.Console("", OutputIsTerminal: false, ErrorIsTerminal: true, Width: 0), ["analyze", "--format", "jsonl", .. LongBatch]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"analysing {RunFeedback.ProgressFrom} articles", result.Error, StringComparison.Ordinal);
        Assert.Equal(RunFeedback.ProgressFrom, result.OutLines.Length);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void No_progress_when_stderr_is_redirected_or_the_output_is_the_terminal(bool errorIsTerminal, bool outputIsTerminal)
    {
        var result = TheCli.RunWith(new TheCli.Console("", outputIsTerminal, errorIsTerminal, Width: 100), ["analyze", "--format", "jsonl", .. LongBatch]);

        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Problems_still_reach_standard_error_while_progress_shows()
    {
        var result = TheCli.RunWith(new TheCli.Console("", OutputIsTerminal: false, ErrorIsTerminal: true, Width: 0), ["analyze", "--format", "jsonl", "/nonexistent.txt", .. LongBatch]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/nonexistent.txt: no such file or folder", result.Error, StringComparison.Ordinal);
    }
}
