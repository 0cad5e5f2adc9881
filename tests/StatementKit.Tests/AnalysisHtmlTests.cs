using AngleSharp.Html.Parser;

namespace StatementKit.Tests;

/// <summary>The review rendering marks statements and flags and never lets an article's text become markup.</summary>
public sealed class AnalysisHtmlTests
{
    [Fact]
    public void Statements_cues_speakers_and_flags_are_marked()
    {
        var analysis = Analyze.Text(Analyze.Fixture("003_fd4e6618132d0377.txt"));
        var html = AnalysisHtml.Render(analysis);
        using var document = new HtmlParser().ParseDocument(html);
        Assert.Equal(analysis.Statements.Count, document.QuerySelectorAll("mark.sk-statement").Select(m => m.GetAttribute("data-statement")).Distinct().Count());
        Assert.NotEmpty(document.QuerySelectorAll("mark.sk-cue"));
        Assert.NotEmpty(document.QuerySelectorAll("mark.sk-speaker"));
        Assert.NotEmpty(document.QuerySelectorAll("mark.sk-flag"));
        var paragraphs = analysis.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        Assert.Equal(string.Concat(paragraphs), string.Concat(document.QuerySelectorAll("p").Select(p => p.TextContent.Trim())));
    }

    [Fact]
    public void A_hostile_article_cannot_inject_markup()
    {
        const string text = "<script>alert(1)</script> “<img src=x onerror=alert(2)> is fine,” said <b onclick=\"x()\">Anna</b> Berg &amp; co.\n\n"
            + "According to <iframe src=javascript:alert(3)>, the \"plan\" was 'sound' </p></article><script>.";
        var analysis = Analyze.Text(text);
        var html = AnalysisHtml.Render(analysis);
        using var document = new HtmlParser().ParseDocument(html);
        Assert.All(document.Body!.QuerySelectorAll("*"), e => Assert.Contains(e.LocalName, new[] { "article", "p", "mark" }));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(2, document.QuerySelectorAll("p").Length);
        Assert.Equal(text.Replace("\n\n", string.Empty, StringComparison.Ordinal), string.Concat(document.QuerySelectorAll("p").Select(p => p.TextContent)));
    }

    [Fact]
    public void Overlapping_marks_are_well_nested()
    {
        // Random texts give statements, cues, mentions and evidence that overlap in every way; the output must parse
        // back to exactly the analysed text, with every mark inside a paragraph.
        for (var seed = 1; seed <= 20; seed++)
        {
            var random = new Random(seed);
            var words = new[] { "“Yes,” ", "she said. ", "According to RIA News, ", "Kallas said that ", "taxes rise", ". ", "\n\n", "Mr Dahl, ", "he added, ", "”", "“" };
            var text = string.Concat(Enumerable.Range(0, 80).Select(_ => words[random.Next(words.Length)]));
            var analysis = Analyze.Text(text);
            var html = AnalysisHtml.Render(analysis);
            using var document = new HtmlParser().ParseDocument(html);
            Assert.Equal(html.Split("<mark", StringSplitOptions.None).Length - 1, html.Split("</mark>", StringSplitOptions.None).Length - 1);
            Assert.All(document.QuerySelectorAll("mark"), m => Assert.NotNull(m.Closest("p")));
            var expected = string.Concat(analysis.Text.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)));
            Assert.Equal(expected, string.Concat(document.QuerySelectorAll("p").Select(p => p.TextContent)));
        }
    }
}
