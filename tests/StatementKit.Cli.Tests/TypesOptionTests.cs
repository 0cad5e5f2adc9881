using System.Text.Json;
using StatementKit.Cli.Tests.Support;

namespace StatementKit.Cli.Tests;

/// <summary>Issue #21: every statement's <c>"type"</c>, and <c>--types</c> to keep some (a contract outside checks use).</summary>
public sealed class TypesOptionTests : IDisposable
{
    private const string Text = "Anna Berg said that taxes would not rise. Anna Berg believes that the plan will work. "
        + "A new study found that prices fell in May. Anna Berg vowed to fight the ruling in court.";

    private readonly TempFolder folder = new();

    private static string[] Types(string jsonLine)
    {
        using var record = JsonDocument.Parse(jsonLine);
        return record.RootElement.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("type").GetString()!).ToArray();
    }

    public void Dispose() => folder.Dispose();

    private string Article() => folder.File("article.txt", Text);

    [Fact]
    public void Every_statement_has_its_type_and_all_are_reported_by_default()
    {
        var result = TheCli.Run("analyze", "--mode", "fast", "--format", "jsonl", Article());
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["assertion", "belief", "fact", "eventuality"], Types(Assert.Single(result.OutLines)));
    }

    [Fact]
    public void Types_keeps_the_named_ones()
    {
        var result = TheCli.Run("analyze", "--mode", "fast", "--format", "jsonl", "--types", "assertion,fact", Article());
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["assertion", "fact"], Types(Assert.Single(result.OutLines)));
    }

    [Theory]
    [InlineData("opinion")]
    [InlineData("7")]
    [InlineData(",")]
    public void An_unknown_type_is_a_usage_error(string types)
    {
        var result = TheCli.Run("analyze", "--mode", "fast", "--types", types, Article());
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--types", result.Error, StringComparison.Ordinal);
    }
}
