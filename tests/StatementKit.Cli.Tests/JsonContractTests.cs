using System.Text.Json;
using StatementKit.JsonContract;
using StatementKit.Reliability;

namespace StatementKit.Cli.Tests;

/// <summary>The shared writer of the JSON contract, on analyses built by hand (fields the pipeline does not fill yet).</summary>
public sealed class JsonContractTests
{
    private const string Text = "“We are open,” she said, “and will stay open.”";

    [Fact]
    public void Parts_are_written_only_for_a_statement_in_pieces()
    {
        var whole = Statement(parts: []);
        var split = Statement(parts: [new TextExcerpt(1, 11, "We are open"), new TextExcerpt(26, 19, "and will stay open.")]);

        var record = Parse(Analysis([whole, split], new ArticleMetadata { Format = ArticleFormat.PlainText }));

        var statements = record.GetProperty("statements");
        Assert.False(statements[0].TryGetProperty("parts", out _));
        var parts = statements[1].GetProperty("parts");
        Assert.Equal(2, parts.GetArrayLength());
        Assert.Equal("and will stay open.", parts[1].GetProperty("text").GetString());
        Assert.Equal(26, parts[1].GetProperty("start").GetInt32());
        Assert.Equal(19, parts[1].GetProperty("length").GetInt32());
    }

    [Fact]
    public void Metadata_is_written_with_iso_8601_times_and_nulls_where_unknown()
    {
        var metadata = new ArticleMetadata
        {
            Format = ArticleFormat.Html,
            Title = "Berg speaks",
            Byline = "Ola Dahl",
            SiteName = "The Daily",
            Published = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(2)),
            Url = new Uri("https://example.org/news/1"),
        };

        var written = Parse(Analysis([], metadata)).GetProperty("metadata");

        Assert.Equal("2024-05-01T10:00:00+02:00", written.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, written.GetProperty("modified").ValueKind);
        Assert.Equal(JsonValueKind.Null, written.GetProperty("language").ValueKind);
        Assert.Equal("https://example.org/news/1", written.GetProperty("url").GetString());
        Assert.Equal("Ola Dahl", written.GetProperty("byline").GetString());
        Assert.Equal("The Daily", written.GetProperty("siteName").GetString());
    }

    [Fact]
    public void Entities_list_every_linked_mention_with_its_kind()
    {
        const string Article = "Anna Berg, the mayor of Lund, spoke on Monday. “We will stay open,” Berg said. She said that the library would not close.";
        var analysis = StatementAnalyzer.CreateDefault().Analyze(StatementKit.Article.FromText(Article));

        var berg = Parse(analysis).GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Anna Berg");

        var mentions = berg.GetProperty("mentions").EnumerateArray().Select(m => (
            Text: m.GetProperty("text").GetString(), Start: m.GetProperty("start").GetInt32(), Length: m.GetProperty("length").GetInt32(),
            Kind: m.GetProperty("kind").GetString())).ToList();
        Assert.Equal([("Anna Berg", 0, 9, "name"), ("Berg", 68, 4, "alias"), ("She", 79, 3, "pronoun")], mentions);
        Assert.All(mentions, m => Assert.Equal(m.Text, Article.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void Control_characters_are_escaped_in_json()
    {
        var json = AnalysisJsonWriter.ToJson("a\u001b[31m\u009b.txt", Analysis([], new ArticleMetadata { Format = ArticleFormat.PlainText }), includeText: false);

        Assert.DoesNotContain('\u001b', json);
        Assert.DoesNotContain('\u009b', json);
        Assert.Contains("\\u001B", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_analysis_always_gives_the_same_bytes()
    {
        var analysis = StatementAnalyzer.CreateDefault().Analyze(Article.FromText(Text));

        Assert.Equal(AnalysisJsonWriter.ToJson("x", analysis, true), AnalysisJsonWriter.ToJson("x", analysis, true));
    }

    private static Statement Statement(IReadOnlyList<TextExcerpt> parts) => new()
    {
        Kind = StatementKind.Direct,
        Content = new TextExcerpt(1, 44, Text.Substring(1, 44)),
        Span = new TextSpan(0, Text.Length),
        Parts = parts,
        Confidence = 0.9,
    };

    private static ArticleAnalysis Analysis(IReadOnlyList<Statement> statements, ArticleMetadata metadata) => new()
    {
        Text = Text,
        Metadata = metadata,
        Statements = statements,
        Entities = [],
        Reliability = new ReliabilityReport { Flags = [], AttributionChain = [], Score = 100, Level = ReliabilityLevel.Unknown },
    };

    private static JsonElement Parse(ArticleAnalysis analysis)
    {
        using var document = JsonDocument.Parse(AnalysisJsonWriter.ToJson("x.txt", analysis, includeText: false));
        return document.RootElement.Clone();
    }
}
