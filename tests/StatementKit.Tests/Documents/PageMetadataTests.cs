namespace StatementKit.Tests.Documents;

/// <summary>Metadata comes from JSON-LD, then OpenGraph, then other meta names, then time and title; the caller's values win.</summary>
public sealed class PageMetadataTests
{
    private const string Body = "<body><article><p>“We are ready,” Kaja Kallas said.</p></article></body>";

    private static ArticleMetadata Read(string head, Article? article = null) =>
        Analyze.Default.Analyze(article ?? Article.FromHtml($"<html lang=\"fr-CA\"><head>{head}</head>{Body}</html>")).Metadata;

    [Fact]
    public void Json_ld_wins_over_opengraph_and_meta()
    {
        var metadata = Read("""
            <title>Page title | Site</title>
            <meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site"><meta name="author" content="Meta Author">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Not it"},
              {"@type":["ReportageNewsArticle"],"headline":"LD headline","author":[{"name":"Anna Berg"},{"name":"Ola Dahl"}],
               "publisher":{"@type":"Organization","name":"LD Publisher"},"datePublished":"2024-03-01T10:00:00Z","url":"https://example.org/ld"}]}</script>
            """);
        Assert.Equal("LD headline", metadata.Title);
        Assert.Equal("Anna Berg, Ola Dahl", metadata.Byline);
        Assert.Equal("LD Publisher", metadata.SiteName);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero), metadata.Published);
        Assert.Equal(new Uri("https://example.org/ld"), metadata.Url);
        Assert.Equal("fr-CA", metadata.Language);
    }

    [Fact]
    public void Opengraph_then_meta_then_time_when_there_is_no_json_ld()
    {
        var html = """
            <html><head><title>Page title | Site</title><meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site">
            <meta name="author" content="Meta Author"><meta property="og:locale" content="en_GB"><link rel="canonical" href="https://example.org/c"></head>
            <body><article><time datetime="2023-01-02T03:04:05+01:00" itemprop="datePublished">2 January</time><p>“We are ready,” Kaja Kallas said.</p></article></body></html>
            """;
        var metadata = Read(string.Empty, Article.FromHtml(html));
        Assert.Equal("OG title", metadata.Title);
        Assert.Equal("Meta Author", metadata.Byline);
        Assert.Equal("OG Site", metadata.SiteName);
        Assert.Equal("OG Site", metadata.Publisher);
        Assert.Equal(new DateTimeOffset(2023, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)), metadata.Published);
        Assert.Equal("en-GB", metadata.Language);
        Assert.Equal(new Uri("https://example.org/c"), metadata.Url);
    }

    [Fact]
    public void Broken_json_ld_is_ignored_and_the_title_element_is_the_last_resort()
    {
        var metadata = Read("""<title>  Only   the title </title><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>""");
        Assert.Equal("Only the title", metadata.Title);
        Assert.Null(metadata.Byline);
        Assert.Null(metadata.Published);
    }

    [Fact]
    public void The_callers_values_win()
    {
        var html = """<html><head><meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site"><meta property="og:url" content="https://example.org/og"></head><body><p>Text.</p></body></html>""";
        var metadata = Analyze.Default.Analyze(Article.FromHtml(html) with { Title = "Given", Publisher = "Aftenposten", Url = new Uri("https://aftenposten.no/a") }).Metadata;
        Assert.Equal("Given", metadata.Title);
        Assert.Equal("Aftenposten", metadata.Publisher);
        Assert.Equal("OG Site", metadata.SiteName);
        Assert.Equal(new Uri("https://aftenposten.no/a"), metadata.Url);
    }
}
