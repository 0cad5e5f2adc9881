using StatementKit.Documents;

namespace StatementKit.Tests.Documents;

/// <summary>
/// Issue #26: a byline is the author's name, not "By …", a date, a dateline or the site's own name; a page whose byline
/// block holds the publisher's logo takes the author it marks up.
/// </summary>
public sealed class BylineTests
{
    [Theory]
    [InlineData("By Joshua Sokol", "Joshua Sokol")]
    [InlineData("by: Anna Berg", "Anna Berg")]
    [InlineData("BY  OLA DAHL", "OLA DAHL")]
    [InlineData("Ana Ruiz - Mar 3, 2021 10:02 am UTC", "Ana Ruiz")]
    [InlineData("Mia Holm | 3 March 2021", "Mia Holm")]
    [InlineData("by Per Lund12 May 2020345", "Per Lund")]
    [InlineData("Byron Kay", "Byron Kay")]
    [InlineData("Lena Voss and Tom Berg", "Lena Voss and Tom Berg")]
    public void The_name_is_kept_without_the_by_word_and_dates(string candidate, string name) =>
        Assert.Equal(name, BylineText.Clean(candidate, "Example News"));

    [Theory]
    [InlineData("OSLO —")]
    [InlineData("Tuesday, Mar 2, 2021 11:57 AM UTC")]
    [InlineData("02.mar.2021 às 10h55")]
    [InlineData("Example News")]
    [InlineData("example-news")]
    [InlineData("  ")]
    public void Datelines_dates_and_the_site_name_are_no_byline(string candidate) =>
        Assert.Null(BylineText.Clean(candidate, "Example News"));

    [Fact]
    public void A_page_byline_loses_its_by_word()
    {
        var metadata = Read("""<meta name="author" content="By Anna Berg">""", "<p>Text.</p>");
        Assert.Equal("Anna Berg", metadata.Byline);
    }

    [Fact]
    public void The_site_name_as_author_falls_through_to_the_next_source()
    {
        var metadata = Read("""<meta property="og:site_name" content="Example News"><meta name="author" content="Example News">""",
            """<div class="byline">By <a href="/people/ola-dahl" rel="author">Ola Dahl</a></div>""");
        Assert.Equal("Ola Dahl", metadata.Byline);
        Assert.Equal("Example News", metadata.SiteName);
    }

    [Fact]
    public void A_dateline_at_the_start_of_the_article_is_no_byline()
    {
        var metadata = Read("", """<p><span class="dateline">OSLO —</span> The council met on Monday.</p>""");
        Assert.Null(metadata.Byline);
    }

    [Fact]
    public void The_marked_up_author_wins_over_the_publisher_in_the_byline_block()
    {
        var metadata = Read("", """
            <div class="authorinfo"><div class="source"><a href="https://partner.example/">Partner Daily</a></div>
            <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Mia Holm</span></span></div>
            """);
        Assert.Equal("Mia Holm", metadata.Byline);
    }

    private static ArticleMetadata Read(string head, string lead) =>
        Analyze.Default.Analyze(Article.FromHtml($"""
            <html><head>{head}</head><body><article>{lead}
            <p>“We are ready to open the school again,” Kaja Kallas said on Monday, after weeks of talks with the council.</p>
            <p>The council agreed, and the school opens next week, as parents and teachers had asked in a letter.</p>
            </article></body></html>
            """)).Metadata;
}
