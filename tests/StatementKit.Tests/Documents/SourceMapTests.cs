using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StatementKit.Tests.Documents;

/// <summary>Every character of the text analysed from a page maps back to a text node of the page and the same character in it.</summary>
public sealed class SourceMapTests
{
    [Fact]
    public void Statements_map_back_to_their_text_nodes()
    {
        var html = "<html><body><div class=\"story\"><p>Intro &amp; more.</p><p>“We are <b>ready</b>,” Kaja   Kallas\n said.</p></div></body></html>";
        var analysis = Analyze.Default.Analyze(Article.FromHtml(html));
        var statement = Analyze.Single(analysis, StatementKind.Direct);
        var pieces = analysis.SourceMap!.Locate(statement.Content.Span);
        Assert.Equal(["/html[1]/body[1]/div[1]/p[2]/text()[1]", "/html[1]/body[1]/div[1]/p[2]/b[1]/text()[1]", "/html[1]/body[1]/div[1]/p[2]/text()[2]"],
            pieces.Select(p => p.NodePath).Distinct());
        Assert.Equal(1, pieces[0].NodeOffset); // after the opening quote mark
        AssertMapsBack(html, analysis);
        Assert.Equal("Intro & more.", analysis.Text[..13]);
    }

    [Theory]
    [InlineData("seed-000.html")]
    [InlineData("seed-002.html")]
    [InlineData("seed-003.html")]
    public void Every_character_of_a_seed_page_maps_back(string page)
    {
        var html = Analyze.Fixture(Path.Combine("Pages", page));
        AssertMapsBack(html, Analyze.Default.Analyze(Article.FromHtml(html)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Every_character_of_random_markup_maps_back(int seed)
    {
        var random = new Random(seed);
        var parts = new[] { "<p>", "</p>", "<div class=\"story\">", "</div>", "<b>bold</b> ", "<i>it <b>both</b></i>", "<a href=#>x</a>", " said Kallas. ", "“Yes,” ", "&amp;", "  \n ", "<br>", "<span>", "</span>", "<!-- c -->", "words, more words, ", "<table><tr><td>", "</td></tr></table>" };
        var html = "<html><body>" + string.Concat(Enumerable.Range(0, random.Next(10, 400)).Select(_ => parts[random.Next(parts.Length)])) + "</body></html>";
        var analysis = Analyze.Default.Analyze(Article.FromHtml(html));

        // Within the limits the page is parsed as written, so paths resolve in the page itself.
        Assert.DoesNotContain(analysis.Reliability.Flags, f => f.Code == "input-truncated");
        AssertMapsBack(html, analysis);
    }

    [Fact]
    public void Plain_text_has_no_source_map() => Assert.Null(Analyze.Text("Text.").SourceMap);

    /// <summary>Each character of the analysed text is either a paragraph break or the character at its node and offset.</summary>
    private static void AssertMapsBack(string html, ArticleAnalysis analysis)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var map = analysis.SourceMap!;
        var pieces = map.Locate(new TextSpan(0, analysis.Text.Length));
        var covered = new bool[analysis.Text.Length];
        foreach (var piece in pieces)
        {
            var node = Resolve(document, piece.NodePath);
            Assert.NotNull(node);
            for (var i = 0; i < piece.Length; i++)
            {
                var expected = node!.Data[piece.NodeOffset + i];
                var actual = analysis.Text[piece.TextStart + i];
                Assert.True(expected == actual || (actual == ' ' && char.IsWhiteSpace(expected)), $"{piece} at {i}: '{expected}' vs '{actual}'");
                covered[piece.TextStart + i] = true;
            }
        }

        for (var i = 0; i < covered.Length; i++)
        {
            Assert.True(covered[i] || analysis.Text[i] == '\n', $"character {i} ('{analysis.Text[i]}') maps nowhere");
        }
    }

    /// <summary>Resolves the simple XPaths a <see cref="StatementKit.Documents.SourceMap"/> writes: name[n]/…/text()[n].</summary>
    private static IText? Resolve(IDocument document, string path)
    {
        INode current = document;
        foreach (var step in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            var name = step[..bracket];
            var ordinal = int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            var matches = name == "text()"
                ? current.ChildNodes.Where(n => n is IText)
                : current.ChildNodes.OfType<IElement>().Where(e => e.LocalName == name);
            current = matches.ElementAtOrDefault(ordinal - 1)!;
            if (current is null)
            {
                return null;
            }
        }

        return current as IText;
    }
}
