using StatementKit.Documents;

namespace StatementKit.Tests.Documents;

/// <summary>One test per kind of page furniture: its quotes and speech verbs never become statements or speakers.</summary>
public sealed class PageChromeTests
{
    private const string Story = """
        <p>“We will keep the hospital open,” Health Minister Anna Berg said on Tuesday, after a long meeting with the union.</p>
        <p>The minister, who took office in May, said that the budget for the coming year would grow by four percent, and
        that the region would hire more nurses, according to the ministry’s own figures.</p>
        <p>“Nobody will lose their job,” Berg added. Union leader Ola Dahl told reporters that the workers were relieved,
        but that they would watch the promises closely, and that the strike could return in the spring.</p>
        <p>The hospital, which serves some 40,000 people, has been under pressure since the winter, when two wards closed.</p>
        """;

    public static TheoryData<string, string, RemovedBlockKind> Furniture() => new()
    {
        { "sidebar", """<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/1">“Prices will fall,” says Finance Minister Erik Lund</a></li><li><a href="/2">Mayor Kari Vik said that the bridge will reopen</a></li></ul></aside>""", RemovedBlockKind.Chrome },
        { "related", """<div class="related-stories"><h2>Read also</h2><ul><li><a href="/3">“Prices will fall,” says Finance Minister Erik Lund</a></li><li><a href="/4">Mayor Kari Vik said that the bridge will reopen</a></li></ul></div>""", RemovedBlockKind.Related },
        { "comments", """<section id="comments"><h3>2 comments</h3><div class="comment"><p>“Prices will fall,” says Finance Minister Erik Lund. Mayor Kari Vik said that the bridge will reopen.</p></div></section>""", RemovedBlockKind.Comments },
        { "caption", """<figure><img src="a.jpg" alt=""><figcaption>“Prices will fall,” says Finance Minister Erik Lund at the harbour. Mayor Kari Vik said that the bridge will reopen.</figcaption></figure>""", RemovedBlockKind.Caption },
        { "credit", """<div class="chart"><img src="chart.png" alt=""></div><p>Source: Reuters</p>""", RemovedBlockKind.Credit },
        { "navigation", """<nav class="post-nav"><a href="/p">Previous Article</a> <a href="/p">Mayor Kari Vik said that the bridge will reopen</a> <a href="/n">Next Article</a> <a href="/n">“Prices will fall,” says Erik Lund</a></nav>""", RemovedBlockKind.Navigation },
        { "share", """<div class="share-buttons"><a href="#">Share</a> <a href="#">Tweet “Prices will fall,” says Erik Lund</a></div>""", RemovedBlockKind.Share },
        { "author bio", """<div class="author-bio"><p>Kari Vik is a reporter. “I love the news,” she says. Bacon fanatic.</p></div>""", RemovedBlockKind.AuthorBio },
    };

    [Theory]
    [MemberData(nameof(Furniture))]
    public void Furniture_gives_no_statement(string name, string furniture, RemovedBlockKind kind)
    {
        // The furniture both inside the article (after the second paragraph) and beside it.
        var storyParagraphs = Story.Split("</p>", StringSplitOptions.TrimEntries);
        var inside = string.Join("</p>", storyParagraphs.Take(2)) + "</p>" + furniture + string.Join("</p>", storyParagraphs.Skip(2));
        var html = $"<html><body><header><a href=\"/\">The Daily</a></header><div class=\"layout\"><article><h1>Hospital stays open</h1>{inside}</article>{furniture}</div></body></html>";
        var analysis = Analyze.Default.Analyze(Article.FromHtml(html));

        Assert.Contains(analysis.Statements, s => s.Speaker?.Name == "Anna Berg");
        Assert.DoesNotContain(analysis.Statements, s => s.Content.Text.Contains("Prices", StringComparison.Ordinal) || s.Content.Text.Contains("bridge", StringComparison.Ordinal));
        Assert.DoesNotContain(analysis.Entities, e => e.Name.Contains("Lund", StringComparison.Ordinal) || e.Name.Contains("Vik", StringComparison.Ordinal));
        Assert.DoesNotContain("Reuters", analysis.Text, StringComparison.Ordinal);
        Assert.Contains(analysis.RemovedBlocks, b => b.Kind == kind);
        Assert.Contains("Nobody will lose their job", analysis.Text, StringComparison.Ordinal);
        Assert.True(name.Length > 0);
    }

    [Fact]
    public void A_credit_line_is_not_relayed_reporting()
    {
        var html = $"<html><body><article>{Story}<div class=\"chart\"><img src=\"c.png\"></div><p>Source: Reuters</p></article></body></html>";
        var analysis = Analyze.Default.Analyze(Article.FromHtml(html));
        Assert.DoesNotContain(analysis.Reliability.Flags, f => f.Code == "secondhand-attribution");
        var credit = Assert.Single(analysis.RemovedBlocks, b => b.Kind == RemovedBlockKind.Credit);
        Assert.Equal("Source: Reuters", credit.Text);
        Assert.Equal(analysis.Text.Length, credit.Position);
    }

    [Theory]
    [InlineData("Source: Reuters", true)]
    [InlineData("Photo: AP/Anna Berg", true)]
    [InlineData("Sources: the ministry", true)]
    [InlineData("Source:", false)]
    [InlineData("The source said it was over", false)]
    [InlineData("Berg: Taxes will not rise", false)]
    public void Credit_lines_are_a_label_a_colon_and_a_rest(string line, bool credit) =>
        Assert.Equal(credit, SmallBlocks.IsCreditLine(line, StatementKit.Data.StatementKitData.Default.CreditLabels));
}
