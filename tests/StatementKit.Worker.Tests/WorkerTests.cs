using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using StatementKit.Tests.Speakers;

namespace StatementKit.Worker.Tests;

public sealed class WorkerTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("statementkit-worker-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Every_file_falls_in_exactly_one_shard_and_always_the_same()
    {
        var names = Enumerable.Range(0, 300).Select(i => $"article-{i}.txt").ToList();
        var shards = names.Select(n => ArticleSource.ShardOf(n, 3)).ToList();
        Assert.All(shards, s => Assert.InRange(s, 0, 2));
        Assert.All(Enumerable.Range(0, 3), s => Assert.InRange(shards.Count(x => x == s), 60, 140));
        Assert.Equal(shards, names.Select(n => ArticleSource.ShardOf(n, 3)));
        Assert.Equal(0, ArticleSource.ShardOf("anything", 1));
    }

    [Fact]
    public void Json_lines_become_articles_and_bad_lines_are_skipped()
    {
        var source = new ArticleSource(Options.Create(new WorkerOptions { MaxArticleBytes = 1000 }), NullLogger<ArticleSource>.Instance);
        var input = new StringReader(string.Join('\n',
            """{"id": "one", "text": "“Yes,” Anna Berg said."}""",
            "",
            "[1, 2",
            """{"id": "two", "html": "<p>“No,” Ola Dahl said.</p>", "url": "https://example.org/a"}""",
            """{"text": 5}""",
            "[]",
            """{"text": "after the bad ones"}""",
            $$"""{"text": "{{new string('x', 2000)}}"}"""));
        var articles = source.Read(input).ToList();
        Assert.Equal(["one", "two", "line 7"], articles.Select(a => a.Path));
        Assert.Equal(ArticleFormat.Html, articles[1].Article.Format);
        Assert.Equal(new Uri("https://example.org/a"), articles[1].Article.Url);
    }

    [Fact]
    public async Task A_folder_becomes_one_json_line_per_article_in_name_order()
    {
        for (var i = 0; i < 12; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, $"{i:00}.txt"), RegistryArticles.Text(i));
        }

        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "notes.md"), "not an article");
        var lines = await RunAsync(("Worker:Input", folder.FullName), ("Worker:MaxDegreeOfParallelism", "2"), ("Worker:RoundSize", "3"));
        Assert.Equal(Enumerable.Range(0, 12).Select(i => Path.Combine(folder.FullName, $"{i:00}.txt")), lines.Select(l => l.GetProperty("path").GetString()));
        Assert.All(lines, l => Assert.True(l.GetProperty("statements").GetArrayLength() > 0));
    }

    [Fact]
    public async Task Subfolders_the_folder_mode_does_not_read_are_reported()
    {
        Directory.CreateDirectory(Path.Combine(folder.FullName, "older"));
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "00.txt"), RegistryArticles.Text(0));
        var (exitCode, output, error) = await WorkerProcess.RunAsync(TimeSpan.FromMinutes(1), $"--Worker:Input={folder.FullName}");
        Assert.Equal(0, exitCode);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"Skipped 1 subfolder(s) of {folder.FullName}", error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Replicas_sharing_a_folder_and_a_Redis_registry_analyse_each_article_once()
    {
        var address = Environment.GetEnvironmentVariable("STATEMENTKIT_REDIS");
        Skip.If(string.IsNullOrEmpty(address), "No Redis server: set STATEMENTKIT_REDIS=host:port (.ci/run starts one).");
        for (var i = 0; i < 30; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, $"{i:00}.txt"), RegistryArticles.Text(i));
        }

        var prefix = $"statementkit-test:worker:{Guid.NewGuid():N}";
        var replicas = Enumerable.Range(0, 3).Select(shard => RunAsync(("Worker:Input", folder.FullName), ("Worker:ShardIndex", $"{shard}"),
            ("Worker:ShardCount", "3"), ("Redis:Configuration", address!), ("Redis:KeyPrefix", prefix)));
        var outputs = await Task.WhenAll(replicas);
        var paths = outputs.SelectMany(lines => lines.Select(l => l.GetProperty("path").GetString())).Order(StringComparer.Ordinal);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => Path.Combine(folder.FullName, $"{i:00}.txt")), paths);
        Assert.All(outputs, lines => Assert.NotEmpty(lines));

        using var connection = await ConnectionMultiplexer.ConnectAsync(address!);
        var keys = connection.GetServers()[0].Keys(pattern: prefix + ":*").ToList();
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            await connection.GetDatabase().KeyDeleteAsync(key);
        }
    }

    private static async Task<List<JsonElement>> RunAsync(params (string Key, string Value)[] settings)
    {
        using var output = new MemoryStream();
        using (var host = WorkerHost.Create([], new WorkerStreams(TextReader.Null, output),
            configuration => configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))))
        {
            await host.RunAsync();
        }

        return [.. Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];
    }
}
