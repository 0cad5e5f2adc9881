using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StatementKit.Pipeline;
using StatementKit.Reliability;

namespace StatementKit.Tests.DependencyInjection;

public sealed class ServiceCollectionTests
{
    [Fact]
    public void AddStatementKit_registers_a_working_analyzer()
    {
        var services = new ServiceCollection();
        Assert.Same(services, services.AddStatementKit(o => o.MinimumConfidence = 0.5).Services);
        using var provider = services.BuildServiceProvider();
        var analysis = provider.GetRequiredService<IStatementAnalyzer>().Analyze(Article.FromText("“We are ready,” Kaja Kallas said."));
        Assert.Equal("Kaja Kallas", Assert.Single(analysis.Statements).Speaker?.Name);
        Assert.Equal(7, provider.GetServices<IReliabilityRule>().Count());
    }

    [Fact]
    public void Calling_twice_adds_nothing_twice()
    {
        var services = new ServiceCollection().AddStatementKit().Services.AddStatementKit().Services;
        using var provider = services.BuildServiceProvider();
        Assert.Equal(7, provider.GetServices<IReliabilityRule>().Count());
    }

    [Fact]
    public void The_rules_can_be_replaced_by_another_proposer_added_once()
    {
        var services = new ServiceCollection();
        services.AddStatementKit().ClearDefaultProposers().AddProposer(_ => new NothingProposer()).AddProposer(_ => new NothingProposer());
        Assert.Single(services, d => d.ServiceType == typeof(IStatementProposer));
        using var provider = services.BuildServiceProvider();
        Assert.Empty(provider.GetRequiredService<IStatementAnalyzer>().Analyze(Article.FromText("“We are ready,” Kallas said.")).Statements);
    }

    [Fact]
    public void The_rules_propose_by_default()
    {
        using var provider = new ServiceCollection().AddStatementKit().Services.BuildServiceProvider();
        Assert.Equal("rules", Assert.Single(provider.GetServices<IStatementProposer>()).Name);
        Assert.Single(provider.GetRequiredService<IStatementAnalyzer>().Analyze(Article.FromText("“We are ready,” Kallas said.")).Statements);
    }

    [Fact]
    public void Invalid_options_are_rejected()
    {
        var services = new ServiceCollection().AddStatementKit(o => o.MinimumConfidence = 2).Services;
        using var provider = services.BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStatementAnalyzer>());
        Assert.Throws<ArgumentException>(() => StatementAnalyzer.CreateDefault(o => o.MinimumConfidence = -1));
    }

    [Fact]
    public void Data_additions_are_used()
    {
        var analyzer = StatementAnalyzer.CreateDefault(o =>
        {
            o.AdditionalCueVerbs.Add("grumbled");
            o.AdditionalStateMediaOutlets.Add("Example State Wire");
        });
        var analysis = analyzer.Analyze(Article.FromText("Jane Doe grumbled that prices rise. The story was reported by Example State Wire."));
        Assert.Contains(analysis.Statements, s => s.Cue?.Text == "grumbled");
        Assert.Contains(analysis.Reliability.Flags, f => f.Code == "state-media-origin");
    }

    private sealed class NothingProposer : IStatementProposer
    {
        public string Name => "nothing";

        public StatementProposal Propose(AnalysisDocument document, CancellationToken cancellationToken) => new() { Statements = [] };
    }
}
