using StatementKit.Cli.Analysis;
using StatementKit.Cli.Tests.Support;

namespace StatementKit.Cli.Tests;

/// <summary>
/// Progress shows on standard error only for a long batch, with stderr a terminal and the reports elsewhere.
/// The fake terminal has a known type. Spectre.Console reads <c>TERM</c> from the environment to decide whether the
/// terminal takes ANSI codes. When TERM is unset, as under a CI runner started with a plain environment, Spectre draws
/// nothing until its first 1 s refresh. A batch analysed in under a second then showed no progress, so the test
/// depended on the runner's TERM and on its speed. The tests that need a type set TERM themselves, in a collection that
/// runs alone, so that no other test sees the change.
/// </summary>
[Collection(nameof(SetsTerminalType))]
public sealed class ProgressTests
{
    private static readonly string[] LongBatch = Enumerable.Repeat(TheCli.Articles()[1], RunFeedback.ProgressFrom).ToArray();

    [Fact]
    public void A_long_batch_shows_progress_when_standard_error_is_a_terminal()
    {
        var result = WithTerminalType("xterm-256color", () =>
            TheCli.RunWith(new TheCli.Console("", OutputIsTerminal: false, ErrorIsTerminal: true, Width: 0), ["analyze", "--format", "jsonl", .. LongBatch]));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"analysing {RunFeedback.ProgressFrom} articles", result.Error, StringComparison.Ordinal);
        Assert.Equal(RunFeedback.ProgressFrom, result.OutLines.Length);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void No_progress_when_stderr_is_redirected_or_the_output_is_the_terminal(bool errorIsTerminal, bool outputIsTerminal)
    {
        var result = WithTerminalType("xterm-256color", () =>
            TheCli.RunWith(new TheCli.Console("", outputIsTerminal, errorIsTerminal, Width: 100), ["analyze", "--format", "jsonl", .. LongBatch]));

        Assert.Equal("", result.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("dumb")]
    public void A_terminal_without_ansi_codes_gets_none(string? terminalType)
    {
        // Spectre's plain renderer is used here. It prints a line on each 1 s refresh, so how many lines a run prints
        // depends on the machine's speed. The test checks only what must hold: no escape codes, and every report.
        var result = WithTerminalType(terminalType, () =>
            TheCli.RunWith(new TheCli.Console("", OutputIsTerminal: false, ErrorIsTerminal: true, Width: 0), ["analyze", "--format", "jsonl", .. LongBatch]));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("\u001b", result.Error, StringComparison.Ordinal);
        Assert.Equal(RunFeedback.ProgressFrom, result.OutLines.Length);
    }

    [Fact]
    public void Problems_still_reach_standard_error_while_progress_shows()
    {
        var result = WithTerminalType("xterm-256color", () =>
            TheCli.RunWith(new TheCli.Console("", OutputIsTerminal: false, ErrorIsTerminal: true, Width: 0), ["analyze", "--format", "jsonl", "/nonexistent.txt", .. LongBatch]));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/nonexistent.txt: no such file or folder", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Runs with TERM set to <paramref name="type"/> (null: unset), then restores it.</summary>
    private static T WithTerminalType<T>(string? type, Func<T> run)
    {
        var previous = Environment.GetEnvironmentVariable("TERM");
        Environment.SetEnvironmentVariable("TERM", type);
        try
        {
            return run();
        }
        finally
        {
            Environment.SetEnvironmentVariable("TERM", previous);
        }
    }
}

/// <summary>
/// The tests that set TERM, a process-wide variable. This collection runs alone, after the parallel collections, so no
/// other test reads the changed TERM, and no CLI process that another test starts inherits it.
/// </summary>
[CollectionDefinition(nameof(SetsTerminalType), DisableParallelization = true)]
public sealed class SetsTerminalType;
