using StatementKit.Documents;

namespace StatementKit.Tests.Documents;

/// <summary>
/// Each seed article inside a realistic page (Fixtures/Pages/seed-NNN.html, built by make-seed-pages.py: menus, JSON-LD,
/// share bar, captioned picture, chart credit, author bio, related box, sidebar, comments, footer, all full of quotes)
/// gives the statements and speakers of the seed text, and none from the chrome.
/// </summary>
public sealed class SeedPageTests
{
    public static TheoryData<string> Seeds() => ["000_618e7dbac6461e37", "001_0a6e3fc6a2a6361e", "002_7558cdea32555165", "003_fd4e6618132d0377", "004_3955c0ba8186baac"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_page_gives_the_statements_and_speakers_of_the_seed_text(string seed)
    {
        var text = Analyze.Text(Analyze.Fixture(seed + ".txt"));
        var page = Page(seed);
        Assert.Equal(Describe(text), Describe(page));
        Assert.Equal(text.Entities.Where(e => text.Statements.Any(s => s.Speaker?.Name == e.Name)).Select(e => e.Name).Order(StringComparer.Ordinal),
            page.Entities.Where(e => page.Statements.Any(s => s.Speaker?.Name == e.Name)).Select(e => e.Name).Order(StringComparer.Ordinal));
        Analyze.AssertSpansConsistent(page);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_page_chrome_is_removed_by_kind(string seed)
    {
        var page = Page(seed);
        var kinds = page.RemovedBlocks.Select(b => b.Kind).ToHashSet();
        Assert.Superset(new HashSet<RemovedBlockKind>
        {
            RemovedBlockKind.Navigation, RemovedBlockKind.Byline, RemovedBlockKind.Share, RemovedBlockKind.Caption, RemovedBlockKind.Credit,
            RemovedBlockKind.AuthorBio, RemovedBlockKind.Related, RemovedBlockKind.Comments, RemovedBlockKind.Chrome,
        }, kinds);
        Assert.Contains(page.RemovedBlocks, b => b.Kind == RemovedBlockKind.Credit && b.Text == "Source: Reuters");
        Assert.DoesNotContain("Mayor Lars Vik", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Statements, s => s.Speaker?.Name is { } name && (name.Contains("Vik", StringComparison.Ordinal) || name.Contains("Joe", StringComparison.Ordinal)));
        Assert.DoesNotContain(page.Reliability.Flags, f => f.Evidence.Any(e => e.Text.Contains("Reuters", StringComparison.Ordinal)));
    }

    [Fact]
    public void Seed_page_metadata_comes_from_json_ld_and_opengraph()
    {
        var metadata = Page("001_0a6e3fc6a2a6361e").Metadata;
        Assert.Equal("NATO Secretary General meets with Norwegian Prime Minister in Oslo", metadata.Title);
        Assert.Equal("Anna Example", metadata.Byline);
        Assert.Equal("Alliance Newsroom", metadata.SiteName);
        Assert.Equal("Alliance Newsroom", metadata.Publisher);
        Assert.Equal(new DateTimeOffset(2023, 5, 30, 18, 18, 0, TimeSpan.FromHours(2)), metadata.Published);
        Assert.Equal(new DateTimeOffset(2023, 5, 31, 9, 0, 0, TimeSpan.FromHours(2)), metadata.Modified);
        Assert.Equal("en", metadata.Language);
        Assert.Equal(new Uri("https://news.example.org/001/article.html"), metadata.Url);
        Assert.Equal(ArticleFormat.Html, metadata.Format);
    }

    internal static ArticleAnalysis Page(string seed) =>
        Analyze.Default.Analyze(Article.FromHtml(Analyze.Fixture(Path.Combine("Pages", "seed-" + seed[..3] + ".html"))));

    /// <summary>Kind, content (white space collapsed: the page separates lines by empty lines) and speaker of each statement.</summary>
    private static List<string> Describe(ArticleAnalysis analysis) =>
        analysis.Statements.Select(s => $"{s.Kind} | {Collapse(s.Content.Text)} | {s.Speaker?.Name} | {s.Speaker?.Method}").ToList();

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
