using StatementKit.Pipeline;

namespace StatementKit.Tests.Pipeline;

/// <summary>StatementAnalyzerBuilder.DecorateQuoteExtractor: the seam optional packages (the accurate mode) plug into.</summary>
public sealed class QuoteExtractorDecoratorTests
{
    private const string Text = "“We are ready,” Kaja Kallas said. The minister said that taxes would not rise.";

    [Fact]
    public void The_decorator_receives_the_rules_and_its_statements_are_used()
    {
        IQuoteExtractor? received = null;
        var analyzer = new StatementAnalyzerBuilder()
            .DecorateQuoteExtractor(rules =>
            {
                received = rules;
                return new DirectOnly(rules);
            })
            .Build();
        var analysis = analyzer.Analyze(Article.FromText(Text));
        Assert.NotNull(received);
        Assert.All(analysis.Statements, s => Assert.Equal(StatementKind.Direct, s.Kind));
        Assert.Contains(Analyze.Text(Text).Statements, s => s.Kind == StatementKind.Indirect);
    }

    [Fact]
    public void Decorators_wrap_a_replaced_extractor_in_the_order_they_were_added()
    {
        var order = new List<string>();
        new StatementAnalyzerBuilder()
            .UseQuoteExtractor(new DirectOnly(null))
            .DecorateQuoteExtractor(inner =>
            {
                order.Add(inner is DirectOnly ? "first sees the replacement" : "?");
                return new DirectOnly(inner);
            })
            .DecorateQuoteExtractor(inner =>
            {
                order.Add("second");
                return inner;
            })
            .Build();
        Assert.Equal(["first sees the replacement", "second"], order);
    }

    [Fact]
    public void A_null_decorator_is_rejected() =>
        Assert.Throws<ArgumentNullException>(() => new StatementAnalyzerBuilder().DecorateQuoteExtractor(null!));

    private sealed class DirectOnly(IQuoteExtractor? inner) : IQuoteExtractor
    {
        public IReadOnlyList<QuoteCandidate> Extract(AnalysisDocument document, CancellationToken cancellationToken) =>
            inner?.Extract(document, cancellationToken).Where(c => c.Kind == StatementKind.Direct).ToList() ?? [];
    }
}
