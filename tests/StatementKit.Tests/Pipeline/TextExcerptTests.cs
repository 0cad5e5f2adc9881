namespace StatementKit.Tests.Pipeline;

public sealed class TextExcerptTests
{
    private const string Source = "The minister said the plan would pass.";

    [Fact]
    public void An_excerpt_cut_on_demand_reads_and_compares_as_one_given_its_text()
    {
        var lazy = TextExcerpt.From(Source, new TextSpan(4, 8));
        var given = new TextExcerpt(4, 8, "minister");
        Assert.Equal("minister", lazy.Text);
        Assert.Equal(given, TextExcerpt.From(Source, new TextSpan(4, 8))); // compared before its text is read
        Assert.Equal(given.GetHashCode(), TextExcerpt.From(Source, new TextSpan(4, 8)).GetHashCode());
        Assert.Equal(given.ToString(), TextExcerpt.From(Source, new TextSpan(4, 8)).ToString());
        Assert.NotEqual(given, new TextExcerpt(4, 8, "ministry"));
        var (start, length, text) = TextExcerpt.From(Source, new TextSpan(13, 4));
        Assert.Equal((13, 4, "said"), (start, length, text));
    }

    [Fact]
    public void A_copy_with_a_new_position_keeps_the_characters_of_the_old_one()
    {
        var moved = TextExcerpt.From(Source, new TextSpan(4, 8)) with { Start = 0 };
        Assert.Equal(new TextExcerpt(0, 8, "minister"), moved);
        var retexted = TextExcerpt.From(Source, new TextSpan(4, 8)) with { Text = "MINISTER" };
        Assert.Equal("MINISTER", retexted.Text);
    }

    [Fact]
    public void A_span_outside_the_text_is_refused_when_the_excerpt_is_made()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextExcerpt.From(Source, new TextSpan(30, 20)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextExcerpt.From(Source, new TextSpan(-1, 2)));
    }
}
