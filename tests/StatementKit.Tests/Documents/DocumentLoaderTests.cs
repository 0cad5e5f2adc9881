namespace StatementKit.Tests.Documents;

public sealed class DocumentLoaderTests
{
    [Fact]
    public void Html_blocks_become_paragraphs_and_scripts_are_dropped()
    {
        var html = "<html><head><title>Talks in Oslo</title><script>var x = \"“not a quote”\";</script></head>"
            + "<body><p>“We are <b>ready</b>,” Kaja Kallas said.</p><div>Second   paragraph.</div></body></html>";
        var analysis = StatementAnalyzer.CreateDefault().Analyze(Article.FromHtml(html));
        Assert.Equal("Talks in Oslo", analysis.Metadata.Title);
        Assert.Equal("“We are ready,” Kaja Kallas said.\n\nSecond paragraph.", analysis.Text);
        Assert.Equal("Kaja Kallas", Analyze.Single(analysis, StatementKind.Direct).Speaker?.Name);
    }

    [Fact]
    public void Caller_metadata_wins()
    {
        var article = Article.FromText("Headline\n\nBody.") with { Title = "Given", Publisher = "Aftenposten", Url = new Uri("https://example.org/a") };
        var analysis = Analyze.Default.Analyze(article);
        Assert.Equal("Given", analysis.Metadata.Title);
        Assert.Equal("Aftenposten", analysis.Metadata.Publisher);
    }

    [Fact]
    public void Plain_text_title_is_the_first_line() =>
        Assert.Equal("Headline", Analyze.Text("Headline\n\nBody.").Metadata.Title);
}
