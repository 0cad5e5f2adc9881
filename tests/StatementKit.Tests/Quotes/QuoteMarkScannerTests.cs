using StatementKit.Quotes;

namespace StatementKit.Tests.Quotes;

public sealed class QuoteMarkScannerTests
{
    private static List<string> TopLevel(string text) => Scan(text).Where(q => q.Depth == 0).Select(q => text.Substring(q.Content.Start, q.Content.Length)).ToList();

    private static List<RawQuote> Scan(string text) =>
        QuoteMarkScanner.Scan(text, StatementKit.Text.Segmenter.Paragraphs(text), CancellationToken.None);

    [Theory]
    [InlineData("He said “curly quotes here” today.", "curly quotes here")]
    [InlineData("He said \"straight quotes here\" today.", "straight quotes here")]
    [InlineData("He said ‘single curly’ today.", "single curly")]
    [InlineData("He said 'single straight' today.", "single straight")]
    [InlineData("Il a dit « guillemets français » hier.", "guillemets français")]
    [InlineData("Han sa »danske anførselstegn« i går.", "danske anførselstegn")]
    [InlineData("Er sagte „deutsche Anführung“ gestern.", "deutsche Anführung")]
    [InlineData("Er sagte ‚einfach deutsch‘ gestern.", "einfach deutsch")]
    [InlineData("He said “curly opened, straight closed\" today.", "curly opened, straight closed")]
    [InlineData("He said ''doubled apostrophes, as wires write them,'' today.", "doubled apostrophes, as wires write them,")]
    [InlineData("He said \"it closes here,' \" and left.", "it closes here,'")]
    public void Pairs_each_typographic_family(string text, string expected) =>
        Assert.Equal([expected], TopLevel(text));

    [Fact]
    public void Apostrophes_and_possessives_are_not_quote_marks()
    {
        var text = "Carlos' dog shouldn’t bark at Mas d’Enric, the Joneses' house or rock 'n' roll fans.";
        Assert.Empty(Scan(text));
    }

    [Fact]
    public void A_quote_with_apostrophes_inside_stays_whole() =>
        Assert.Equal(["It's not how it works, isn't it"], TopLevel("She said: \"It's not how it works, isn't it\" and left."));

    [Fact]
    public void Nested_curly_single_inside_double()
    {
        var quotes = Scan("He said “they told me ‘never again’ twice” loudly.");
        Assert.Contains(quotes, q => q.Depth == 0);
        Assert.Contains(quotes, q => q.Depth == 1);
    }

    [Fact]
    public void Straight_quote_closed_by_the_inner_closer_is_recovered_and_the_next_quote_lifted()
    {
        var text = "\"I can't imagine they will say: \"This is it\". \"That's not how it works,\" she said.";
        var top = TopLevel(text);
        Assert.Contains("I can't imagine they will say: \"This is it", top);
        Assert.Contains("That's not how it works,", top);
    }

    [Fact]
    public void Multi_paragraph_quote_joins_paragraphs_with_the_opener_repeated()
    {
        var text = "“First paragraph of the quote.\n\n“Second paragraph ends it.”\n\nNarration.";
        var quote = Assert.Single(Scan(text));
        Assert.Contains("Second paragraph ends it.", text.Substring(quote.Content.Start, quote.Content.Length), StringComparison.Ordinal);
        Assert.True(quote.Closed);
    }

    [Fact]
    public void Unclosed_quote_stops_at_its_paragraph_end()
    {
        var text = "He said “this never closes.\n\nThe next paragraph is narration with “a real quote” in it.";
        var quotes = Scan(text);
        var first = quotes.First();
        Assert.False(first.Closed);
        Assert.True(first.Span.End <= text.IndexOf('\n', StringComparison.Ordinal));
        Assert.Contains(quotes, q => text.Substring(q.Content.Start, q.Content.Length) == "a real quote");
    }

    [Fact]
    public void One_megabyte_without_a_closing_quote_is_scanned_in_linear_time()
    {
        var text = "“" + string.Concat(Enumerable.Repeat("word ", 200_000));
        var quote = Assert.Single(Scan(text));
        Assert.False(quote.Closed);
    }

    [Fact]
    public void Many_stray_marks_never_pair_across_paragraphs()
    {
        var text = string.Join("\n", Enumerable.Repeat("a \" b", 1000));
        Assert.All(Scan(text), q => Assert.DoesNotContain('\n', text.Substring(q.Span.Start, q.Span.Length)));
    }
}
