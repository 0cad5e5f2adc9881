using StatementKit.Documents;

namespace StatementKit.Tests.Documents;

/// <summary>The README's web-page snippet, as written there (file names aside), compiles and runs.</summary>
public sealed class ReadmeWebPageSnippetTests
{
    [Fact]
    public void The_web_page_snippet_runs()
    {
        var analyzer = StatementAnalyzer.CreateDefault();
        var output = new StringWriter();
        var review = Path.Combine(Path.GetTempPath(), $"review-{Guid.NewGuid():N}.html");

        var page = analyzer.Analyze(Article.FromHtml(Analyze.Fixture(Path.Combine("Pages", "seed-003.html"))));
        output.WriteLine($"{page.Metadata.Title} by {page.Metadata.Byline} ({page.Metadata.SiteName}, {page.Metadata.Published:u})");
        foreach (var statement in page.Statements)
            foreach (var piece in page.SourceMap!.Locate(statement.Content.Span))
                output.WriteLine($"{piece.NodePath} @ {piece.NodeOffset} (+{piece.Length})");
        foreach (var block in page.RemovedBlocks.Where(b => b.Kind == RemovedBlockKind.Credit))
            output.WriteLine($"credit left out: {block.Text}");
        File.WriteAllText(review, AnalysisHtml.Render(page));

        Assert.Contains("credit left out: Source: Reuters", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("<mark class=\"sk-statement", File.ReadAllText(review), StringComparison.Ordinal);
        File.Delete(review);
    }
}
