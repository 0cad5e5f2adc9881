using System.Text.Json;
using StatementKit.Cli.Tests.Support;

namespace StatementKit.Cli.Tests;

/// <summary>Issue #17: <c>--mode fast|accurate</c>, accurate by default, the JSON contract the same in both.</summary>
public sealed class ModeTests
{
    private static readonly string Seed = TheCli.Article("000_618e7dbac6461e37.txt");

    private static (int Start, int Length, string Kind)[] Statements(string jsonLine)
    {
        using var record = JsonDocument.Parse(jsonLine);
        return record.RootElement.GetProperty("statements").EnumerateArray()
            .Select(s => (s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32(), s.GetProperty("kind").GetString()!))
            .ToArray();
    }

    private static (int Start, int Length, string Kind)[] Expected(IStatementAnalyzer analyzer) =>
        analyzer.Analyze(Article.FromText(File.ReadAllText(Seed))).Statements
            .Select(s => (s.Content.Start, s.Content.Length, JsonNamingPolicy.CamelCase.ConvertName(s.Kind.ToString())))
            .ToArray();

    [Fact]
    public void Fast_mode_reports_what_the_rules_alone_find()
    {
        var result = TheCli.Run("analyze", "--mode", "fast", "--format", "jsonl", Seed);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Expected(StatementAnalyzer.CreateDefault()), Statements(Assert.Single(result.OutLines)));
    }

    [Fact]
    public void Accurate_mode_reports_what_the_rules_with_the_tagger_find()
    {
        var result = TheCli.Run("analyze", "--mode", "accurate", "--format", "jsonl", Seed);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Expected(new StatementAnalyzerBuilder().UseNeuralTagger().Build()), Statements(Assert.Single(result.OutLines)));
    }

    [Fact]
    public void The_default_mode_is_accurate_and_differs_from_fast()
    {
        var byDefault = TheCli.Run("analyze", "--format", "jsonl", Seed);
        var accurate = TheCli.Run("analyze", "--mode", "accurate", "--format", "jsonl", Seed);
        var fast = TheCli.Run("analyze", "--mode", "fast", "--format", "jsonl", Seed);

        Assert.Equal(accurate.Out, byDefault.Out);
        Assert.NotEqual(fast.Out, byDefault.Out);
    }

    [Fact]
    public void Both_modes_write_the_same_contract_fields()
    {
        static string[][] Fields(string mode)
        {
            var result = TheCli.Run("analyze", "--mode", mode, "--format", "jsonl", Seed);
            using var record = JsonDocument.Parse(Assert.Single(result.OutLines));
            var root = record.RootElement;
            return
            [
                root.EnumerateObject().Select(p => p.Name).ToArray(),
                root.GetProperty("statements")[0].EnumerateObject().Select(p => p.Name).ToArray(),
                root.GetProperty("reliability").EnumerateObject().Select(p => p.Name).ToArray(),
            ];
        }

        Assert.Equal(Fields("fast"), Fields("accurate"));
    }

    [Fact]
    public void An_unknown_mode_is_a_usage_error_that_names_the_choices()
    {
        var result = TheCli.Run("analyze", "--mode", "slow", Seed);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--mode must be accurate or fast, not 'slow'", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Help_describes_the_mode_and_its_default()
    {
        var result = TheCli.Run("analyze", "--help");

        Assert.Contains("--mode", result.Out, StringComparison.Ordinal);
        Assert.Contains("accurate|fast", result.Out, StringComparison.Ordinal);
    }
}
