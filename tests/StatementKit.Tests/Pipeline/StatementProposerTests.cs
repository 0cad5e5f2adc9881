using StatementKit.Pipeline;

namespace StatementKit.Tests.Pipeline;

/// <summary>The builder's proposer seam: proposers run after the rules, once per type, and can replace the rules.</summary>
public sealed class StatementProposerTests
{
    private const string Text = "“We are ready,” Kaja Kallas said. The minister said that taxes would not rise.";

    [Fact]
    public void An_added_proposer_runs_after_the_rules_once_per_type()
    {
        var created = 0;
        var analyzer = new StatementAnalyzerBuilder()
            .AddProposer(() => { created++; return new FixedProposer(); })
            .AddProposer(() => { created++; return new FixedProposer(); })
            .Build();
        Assert.Equal(1, created);
        Assert.Equal(["rules", "fixed"], analyzer.Proposers.Select(p => p.Name));
    }

    [Fact]
    public void The_rules_can_be_left_out()
    {
        var analyzer = new StatementAnalyzerBuilder().ClearDefaultProposers().AddProposer(new FixedProposer()).Build();
        var statement = Assert.Single(analyzer.Analyze(Article.FromText(Text)).Statements);
        Assert.Equal("taxes would not rise", statement.Content.Text);
    }

    [Fact]
    public void Without_proposers_there_are_no_statements()
    {
        var analysis = new StatementAnalyzerBuilder().ClearDefaultProposers().Build().Analyze(Article.FromText(Text));
        Assert.Empty(analysis.Statements);
    }

    [Fact]
    public void A_replaced_merger_receives_every_proposal_named()
    {
        var merger = new RecordingMerger();
        var analysis = new StatementAnalyzerBuilder().AddProposer(new FixedProposer()).UseStatementMerger(merger).Build().Analyze(Article.FromText(Text));
        Assert.Equal(["rules", "fixed"], merger.Proposers);
        Assert.All(merger.Candidates, c => Assert.Contains(c.Proposer, merger.Proposers));
        Assert.Single(analysis.Statements);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new StatementAnalyzerBuilder().AddProposer((IStatementProposer)null!));
        Assert.Throws<ArgumentNullException>(() => new StatementAnalyzerBuilder().AddProposer<FixedProposer>(null!));
        Assert.Throws<ArgumentNullException>(() => new StatementAnalyzerBuilder().UseStatementMerger(null!));
    }

    /// <summary>Proposes the words after "said that" up to the sentence's end.</summary>
    private sealed class FixedProposer : IStatementProposer
    {
        public string Name => "fixed";

        public StatementProposal Propose(AnalysisDocument document, CancellationToken cancellationToken)
        {
            var start = document.Text.IndexOf("said that ", StringComparison.Ordinal) + "said that ".Length;
            var end = document.Text.IndexOf('.', start);
            var content = TextSpan.FromBounds(start, end);
            return new StatementProposal
            {
                Statements = [new QuoteCandidate { Kind = StatementKind.Indirect, Content = content, Span = content, Confidence = 0.8 }],
            };
        }
    }

    private sealed class RecordingMerger : IStatementMerger
    {
        public List<string> Proposers { get; } = [];

        public List<QuoteCandidate> Candidates { get; } = [];

        public IReadOnlyList<QuoteCandidate> Merge(AnalysisDocument document, IReadOnlyList<StatementProposal> proposals, CancellationToken cancellationToken)
        {
            Proposers.AddRange(proposals.Select(p => p.Proposer));
            Candidates.AddRange(proposals.SelectMany(p => p.Statements));
            return proposals[^1].Statements;
        }
    }
}
