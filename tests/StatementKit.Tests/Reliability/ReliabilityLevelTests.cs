using StatementKit.Reliability;

namespace StatementKit.Tests.Reliability;

/// <summary>Issue #14: an article with nothing to assess must not read as highly reliable.</summary>
public sealed class ReliabilityLevelTests
{
    private static readonly StatementAnalyzer Analyzer = StatementAnalyzer.CreateDefault();

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("The weather was mild on Tuesday. Markets opened at nine.")]
    public void An_article_without_statements_is_unknown_not_high(string text)
    {
        var report = Analyzer.Analyze(Article.FromText(text)).Reliability;

        Assert.Equal(ReliabilityLevel.Unknown, report.Level);
    }

    [Fact]
    public void An_article_with_a_clean_quote_stays_high()
    {
        var report = Analyzer.Analyze(Article.FromText("“We will stay open,” said Anna Berg, the mayor.")).Reliability;

        Assert.Equal(ReliabilityLevel.High, report.Level);
    }

    [Fact]
    public void Flags_without_statements_still_lower_the_level()
    {
        var analyzer = StatementAnalyzer.CreateDefault(o => o.SeverityOverrides["content-farm-chrome"] = FlagSeverity.Critical);

        var report = analyzer.Analyze(Article.FromText("Kiev news.\n\nPrevious Article\n\nNext Article")).Reliability;

        Assert.Equal(ReliabilityLevel.Medium, report.Level);
    }

    [Fact]
    public void Reliability_not_evaluated_is_unknown()
    {
        var analyzer = StatementAnalyzer.CreateDefault(o => o.EvaluateReliability = false);

        var report = analyzer.Analyze(Article.FromText("“We will stay open,” said Anna Berg.")).Reliability;

        Assert.Equal(ReliabilityLevel.Unknown, report.Level);
    }
}
