using StatementKit.Cli.Tests.Support;

namespace StatementKit.Cli.Tests;

/// <summary>Issue #14: real help per command, a version, and usage errors that name what is wrong (exit 2).</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Help_lists_the_command_on_standard_output()
    {
        var result = TheCli.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("analyze", result.Out, StringComparison.Ordinal);
        Assert.Contains("--version", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Analyze_help_describes_every_option_and_the_exit_codes()
    {
        var result = TheCli.Run("analyze", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--format", "--recursive", "--include-text", "--min-confidence", "--max-size", "Exit codes", "130" })
        {
            Assert.Contains(option, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Version_is_printed()
    {
        var result = TheCli.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out);
    }

    [Fact]
    public void An_unknown_command_is_named()
    {
        var result = TheCli.Run("analyse", TheCli.Article("000_618e7dbac6461e37.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'analyse'", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_mistyped_option_is_named_and_not_read_as_a_file()
    {
        var result = TheCli.Run("analyze", "--fromat", "json", TheCli.Article("000_618e7dbac6461e37.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'--fromat'", result.Error, StringComparison.Ordinal);
        Assert.Contains("'--format'", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData("--format", "xml", "--format")]
    [InlineData("--min-confidence", "1.5", "--min-confidence")]
    [InlineData("--min-confidence", "high", "--min-confidence")]
    [InlineData("--max-size", "0", "--max-size")]
    public void A_bad_value_names_its_option(string option, string value, string named)
    {
        var result = TheCli.Run("analyze", option, value, TheCli.Article("000_618e7dbac6461e37.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_path_is_a_usage_error()
    {
        var result = TheCli.Run("analyze");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("PATH", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        Assert.Equal(2, TheCli.Run().ExitCode);
    }

    [Fact]
    public void A_path_starting_with_a_dash_can_follow_the_double_dash()
    {
        using var folder = new TempFolder();
        folder.File("-dash.txt", "“We are open,” said Anna Berg.");
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = folder.Path;
        try
        {
            var result = TheCli.Run("analyze", "--format", "jsonl", "--", "-dash.txt");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("\"path\":\"-dash.txt\"", result.Out, StringComparison.Ordinal);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}
