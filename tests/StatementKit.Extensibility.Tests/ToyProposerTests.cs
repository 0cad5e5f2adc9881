using Microsoft.Extensions.DependencyInjection;
using StatementKit;

namespace StatementKit.Extensibility.Tests;

/// <summary>A proposer from another assembly, public API only, gets its statements merged with the rules'.</summary>
public sealed class ToyProposerTests
{
    private const string Text = "Councillor Maria Lindqvist >> The bridge will reopen in May.\n\n"
        + "“We are ready,” Peter Holm said at the depot.";

    [Fact]
    public void The_rules_miss_the_construction()
    {
        var analysis = StatementAnalyzer.CreateDefault().Analyze(Article.FromText(Text));
        Assert.DoesNotContain(analysis.Statements, s => s.Content.Text.Contains("bridge", StringComparison.Ordinal));
    }

    [Fact]
    public void Its_statements_are_merged_with_the_rules_and_their_speakers_resolved()
    {
        var analysis = new StatementAnalyzerBuilder().AddProposer(() => new ArrowLineProposer()).Build().Analyze(Article.FromText(Text));
        Assert.Collection(
            analysis.Statements,
            s =>
            {
                Assert.Equal("The bridge will reopen in May.", s.Content.Text);
                Assert.Equal("Maria Lindqvist", s.Speaker?.Name);
            },
            s =>
            {
                Assert.Equal("We are ready,", s.Content.Text);
                Assert.Equal("Peter Holm", s.Speaker?.Name);
            });
    }

    [Fact]
    public void It_plugs_into_dependency_injection_once()
    {
        var services = new ServiceCollection();
        services.AddStatementKit().AddProposer(_ => new ArrowLineProposer()).AddProposer(_ => new ArrowLineProposer());
        using var provider = services.BuildServiceProvider();
        var analysis = provider.GetRequiredService<IStatementAnalyzer>().Analyze(Article.FromText(Text));
        Assert.Equal(2, analysis.Statements.Count);
    }
}
