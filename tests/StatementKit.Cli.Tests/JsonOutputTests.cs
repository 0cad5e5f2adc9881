using System.Text.Json;
using StatementKit.Cli.Tests.Support;

namespace StatementKit.Cli.Tests;

/// <summary>The JSON contract as the CLI writes it (issue #12's additions: metadata, text; parts only when present).</summary>
public sealed class JsonOutputTests
{
    private static readonly string Seed = TheCli.Article("003_fd4e6618132d0377.txt");

    [Fact]
    public void Jsonl_writes_one_record_per_file_with_the_contract_fields()
    {
        var result = TheCli.Run("analyze", "--format", "jsonl", TheCli.Articles()[0], Seed);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.OutLines.Length);
        using var record = JsonDocument.Parse(result.OutLines[1]);
        var root = record.RootElement;
        Assert.Equal(Seed, root.GetProperty("path").GetString());
        Assert.Equal(
            ["path", "title", "metadata", "statements", "entities", "reliability", "mode"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["title", "byline", "siteName", "published", "modified", "url", "language"],
            root.GetProperty("metadata").EnumerateObject().Select(p => p.Name));
        Assert.Equal(root.GetProperty("title").GetString(), root.GetProperty("metadata").GetProperty("title").GetString());
        var statement = root.GetProperty("statements")[0];
        Assert.Equal(["kind", "type", "text", "start", "length", "cue", "speaker", "confidence"], statement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["score", "level", "attributionChain", "flags"], root.GetProperty("reliability").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Include_text_adds_the_text_every_offset_indexes()
    {
        var result = TheCli.Run("analyze", "--format", "jsonl", "--include-text", Seed);

        using var record = JsonDocument.Parse(Assert.Single(result.OutLines));
        var text = record.RootElement.GetProperty("text").GetString()!;
        Assert.Equal(File.ReadAllText(Seed), text);
        foreach (var statement in record.RootElement.GetProperty("statements").EnumerateArray())
        {
            var start = statement.GetProperty("start").GetInt32();
            var length = statement.GetProperty("length").GetInt32();
            Assert.Equal(statement.GetProperty("text").GetString(), text.Substring(start, length));
        }
    }

    [Fact]
    public void Json_is_one_array_of_the_same_records()
    {
        var jsonl = TheCli.Run("analyze", "--format", "jsonl", TheCli.Articles()[0], Seed);
        var json = TheCli.Run("analyze", "--format", "json", TheCli.Articles()[0], Seed);

        using var array = JsonDocument.Parse(json.Out);
        Assert.Equal(2, array.RootElement.GetArrayLength());
        for (var i = 0; i < 2; i++)
        {
            using var line = JsonDocument.Parse(jsonl.OutLines[i]);
            Assert.Equal(line.RootElement.GetRawText(), JsonSerializer.Serialize(array.RootElement[i], JsonOptions.Compact));
        }
    }

    [Fact]
    public void Json_with_no_readable_input_is_an_empty_array()
    {
        var result = TheCli.Run("analyze", "--format", "json", "/nonexistent/article.txt");

        Assert.Equal(1, result.ExitCode);
        using var array = JsonDocument.Parse(result.Out);
        Assert.Equal(0, array.RootElement.GetArrayLength());
    }

    [Fact]
    public void Min_confidence_leaves_out_less_likely_statements()
    {
        static IEnumerable<double> Confidences(CliResult result)
        {
            using var record = JsonDocument.Parse(Assert.Single(result.OutLines));
            return record.RootElement.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("confidence").GetDouble()).ToList();
        }

        var all = Confidences(TheCli.Run("analyze", "--format", "jsonl", "--min-confidence", "0", Seed));
        var byDefault = Confidences(TheCli.Run("analyze", "--format", "jsonl", Seed));
        var confident = Confidences(TheCli.Run("analyze", "--format", "jsonl", "--min-confidence", "0.5", Seed));

        Assert.Contains(all, c => c < 0.3);
        Assert.True(byDefault.Count() < all.Count(), "the default threshold (the library's, 0.3) leaves out the least likely statements");
        Assert.NotEmpty(confident);
        Assert.All(confident, c => Assert.True(c >= 0.5));
    }

    [Fact]
    public void An_article_without_statements_is_unknown_not_high()
    {
        var result = TheCli.RunWithInput("The weather was mild. Markets opened at nine.", "analyze", "--format", "jsonl", "-");

        using var record = JsonDocument.Parse(Assert.Single(result.OutLines));
        Assert.Equal("unknown", record.RootElement.GetProperty("reliability").GetProperty("level").GetString());
    }

    [Fact]
    public void Html_from_standard_input_is_read_as_html_with_its_metadata()
    {
        const string Page = "<html lang=\"en\"><head><title>Berg speaks</title></head><body><p>“We are open,” said Anna Berg.</p></body></html>";

        var result = TheCli.RunWithInput(Page, "analyze", "--format", "jsonl", "--include-text", "-");

        using var record = JsonDocument.Parse(Assert.Single(result.OutLines));
        Assert.Equal("-", record.RootElement.GetProperty("path").GetString());
        Assert.Equal("Berg speaks", record.RootElement.GetProperty("metadata").GetProperty("title").GetString());
        Assert.DoesNotContain("<p>", record.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static class JsonOptions
    {
        public static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    }
}
