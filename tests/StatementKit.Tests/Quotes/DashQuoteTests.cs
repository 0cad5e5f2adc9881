namespace StatementKit.Tests.Quotes;

public sealed class DashQuoteTests
{
    [Fact]
    public void Dash_quote_with_trailing_attribution()
    {
        var analysis = Analyze.Text("Jonas Gahr Støre met the press.\n– One way to contribute is that we say clearly, says Støre.");
        var statement = Analyze.Single(analysis, StatementKind.Direct);
        Assert.Equal("One way to contribute is that we say clearly", statement.Content.Text);
        Assert.Equal("Jonas Gahr Støre", statement.Speaker?.Name);
        Assert.Equal("says", statement.Cue?.Text);
    }

    [Fact]
    public void Dash_quote_without_attribution_continues_the_previous_speaker()
    {
        var analysis = Analyze.Text("– We say it clearly and often, says Støre.\n– I provide information about how the world perceives it.");
        var second = Analyze.Containing(analysis, "I provide information");
        Assert.Equal(StatementKind.Direct, second.Kind);
        Assert.Equal("Støre", second.Speaker?.Name);
        Assert.Equal(AttributionMethod.Continuation, second.Speaker?.Method);
    }

    [Fact]
    public void A_hyphen_list_item_is_not_a_dash_quote() =>
        Assert.DoesNotContain(Analyze.Text("- That it is important to find a political solution.").Statements, s => s.Kind == StatementKind.Direct);

    [Fact]
    public void A_dash_inside_a_sentence_is_not_a_dash_quote() =>
        Assert.Empty(Analyze.Text("Stenbock House, 13 January 2022 – the meeting began at noon.").Statements);
}
