using StatementKit.Documents;

namespace StatementKit.Tests.Documents;

/// <summary>
/// Issue #26: furniture that the classes of a page do not name, found by its shape: labels of pictures and figures,
/// teasers of other stories below the article (no class, unlinked summaries), a caption-settings menu of a video player.
/// </summary>
public sealed class ContentFurnitureTests
{
    private const string Story = """
        <p>“We will keep the hospital open,” Health Minister Anna Berg said on Tuesday, after a long meeting with the union.</p>
        <p>The minister, who took office in May, said that the budget for the coming year would grow by four percent, and
        that the region would hire more nurses, according to the ministry’s own figures.</p>
        <p>“Nobody will lose their job,” Berg added. Union leader Ola Dahl told reporters that the workers were relieved,
        but that they would watch the promises closely, and that the strike could return in the spring.</p>
        <p>The hospital, which serves some 40,000 people, has been under pressure since the winter, when two wards closed.</p>
        """;

    [Theory]
    [InlineData("""<figure><span class="hidden">Image</span><img src="a.jpg" alt=""><figcaption>The hospital in winter.</figcaption></figure>""", "Image")]
    [InlineData("""<div><img src="chart.png" alt=""><span>Wards open, 2020-24</span></div>""", "Wards open")]
    [InlineData("""<figure><div class="chart-label">Beds per ward</div><div class="plot"><img src="plot.png" alt=""></div></figure>""", "Beds per ward")]
    public void Labels_of_pictures_and_figures_are_left_out(string media, string label)
    {
        var analysis = Analyze.Default.Analyze(Article.FromHtml(Page(Split(media))));

        Assert.DoesNotContain(label, analysis.Text, StringComparison.Ordinal);
        Assert.Contains(analysis.RemovedBlocks, b => b.Text.Contains(label, StringComparison.Ordinal));
        Assert.Contains("Nobody will lose their job", analysis.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_beside_a_picture_is_kept()
    {
        var analysis = Analyze.Default.Analyze(Article.FromHtml(Page(Split("""<div><img src="a.jpg" alt=""> It closed.</div>"""))));

        Assert.Contains("It closed.", analysis.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Teasers_of_other_stories_below_the_article_in_its_container_are_left_out()
    {
        const string teasers = """
            <div><div><a href="/a"><img src="1.jpg" alt=""><h3>Mayor Kari Vik said that the bridge will reopen</h3></a><p>The city council met on Monday, and the mayor promised that the works would end in June, after two years.</p></div>
            <div><a href="/b"><img src="2.jpg" alt=""><h3>“Prices will fall,” says Finance Minister Erik Lund</h3></a><p>The minister told parliament that inflation had peaked, and that food prices would fall by the summer.</p></div>
            <div><h3><a href="/c">Teachers vote on a new contract</a></h3><p>Erik Lund, the union’s negotiator, said that the offer was the best in a decade, and urged members to accept it.</p></div></div>
            """;
        var analysis = Analyze.Default.Analyze(Article.FromHtml(
            $"<html><body><div class=\"layout\"><article><h1>Hospital stays open</h1>{Story}{teasers}</article></div></body></html>"));

        Assert.Contains(analysis.Statements, s => s.Speaker?.Name == "Anna Berg");
        Assert.DoesNotContain("bridge", analysis.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("inflation", analysis.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(analysis.Entities, e => e.Name.Contains("Lund", StringComparison.Ordinal) || e.Name.Contains("Vik", StringComparison.Ordinal));
        Assert.Contains(analysis.RemovedBlocks, b => b.Text.Contains("Teachers vote", StringComparison.Ordinal));
    }

    [Fact]
    public void Sub_headings_of_the_article_itself_are_kept()
    {
        var withHeadings = Story.Replace("<p>The minister", "<h3>The budget</h3><p>The minister", StringComparison.Ordinal)
            .Replace("<p>“Nobody", "<h3>The staff</h3><p>“Nobody", StringComparison.Ordinal)
            .Replace("<p>The hospital,", "<h3>The winter</h3><p>The hospital,", StringComparison.Ordinal);
        var analysis = Analyze.Default.Analyze(Article.FromHtml($"<html><body><article><h1>Hospital stays open</h1>{withHeadings}</article></body></html>"));

        Assert.Contains("The budget", analysis.Text, StringComparison.Ordinal);
        Assert.Contains("The winter", analysis.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caption_settings_menu_of_a_video_player_is_left_out()
    {
        const string player = """
            <div class="player"><video src="v.mp4"></video><div class="track-settings">
            <fieldset><legend>Text</legend><label>Color</label><select><option>White</option><option>Black</option></select>
            <label>Opacity</label><select><option>Opaque</option><option>Semi-Transparent</option></select></fieldset>
            <fieldset><legend>Font Size</legend><select><option>50%</option><option>100%</option></select></fieldset>
            <fieldset><legend>Font Family</legend><select><option>Proportional Sans-Serif</option><option>Monospace Serif</option></select></fieldset>
            <div><button>Reset</button><button>Done</button></div></div></div>
            """;
        var analysis = Analyze.Default.Analyze(Article.FromHtml(Page(Split(player))));

        Assert.DoesNotContain("Font Family", analysis.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Opacity", analysis.Text, StringComparison.Ordinal);
        Assert.Contains("Nobody will lose their job", analysis.Text, StringComparison.Ordinal);
    }

    private static string Split(string furniture)
    {
        var paragraphs = Story.Split("</p>", StringSplitOptions.TrimEntries);
        return string.Join("</p>", paragraphs.Take(2)) + "</p>" + furniture + string.Join("</p>", paragraphs.Skip(2));
    }

    private static string Page(string content) =>
        $"<html><body><header><a href=\"/\">The Daily</a></header><article><h1>Hospital stays open</h1>{content}</article></body></html>";
}
