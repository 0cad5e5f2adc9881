using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using StatementKit.Speakers;
using StatementKit.Tests.Speakers;

namespace StatementKit.Redis.Tests;

/// <summary>The registry against a real Redis server (skipped, with the reason, when none is reachable).</summary>
public sealed class RedisSpeakerRegistryTests
{
    [SkippableFact]
    public void Counts_are_added_found_and_expire()
    {
        var address = RedisServer.Address();
        var prefix = RedisServer.UniquePrefix("counts");
        using var registry = new RedisSpeakerRegistry(new RedisSpeakerRegistryOptions { OperationTimeout = RedisServer.PatientTimeout, Configuration = address, KeyPrefix = prefix, EntryLifetime = TimeSpan.FromHours(1) }, new ListLogger());
        try
        {
            var morgan = new SpeakerEvidence("Morgan Havel") { Articles = 1, FemaleHonorific = 1, MalePronouns = 1 };
            registry.Record([morgan, new SpeakerEvidence("Jamie Okafor") { Articles = 1, MaleFirstName = 1 }]);
            registry.Record([morgan]);

            var found = registry.Find(["Morgan Havel", "Jamie Okafor", "Nobody Known", "Morgan Havel"]);
            Assert.Equal(morgan.Plus(morgan), found["Morgan Havel"]);
            Assert.Equal(new SpeakerEvidence("Jamie Okafor") { Articles = 1, MaleFirstName = 1 }, found["Jamie Okafor"]);
            Assert.False(found.ContainsKey("Nobody Known"));
            Assert.True(registry.TryGetGender("Morgan Havel", out var gender));
            Assert.Equal(Gender.Female, gender);

            using var connection = ConnectionMultiplexer.Connect(address);
            var ttl = connection.GetDatabase().KeyTimeToLive($"{prefix}:v1:speaker:Morgan Havel");
            Assert.InRange(ttl ?? TimeSpan.Zero, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
        }
        finally
        {
            RedisServer.DeleteKeys(address, prefix);
        }
    }

    [SkippableFact]
    public void Names_of_any_characters_are_kept_apart_and_overlong_ones_ignored()
    {
        var address = RedisServer.Address();
        var prefix = RedisServer.UniquePrefix("names");
        using var registry = new RedisSpeakerRegistry(new RedisSpeakerRegistryOptions { OperationTimeout = RedisServer.PatientTimeout, Configuration = address, KeyPrefix = prefix }, new ListLogger());
        try
        {
            string[] names = ["Zoë Ærø-Łukasz", "A:v1:speaker:B", "*", "名前 テスト", new string('x', SpeakerEvidence.MaxNameLength + 1)];
            registry.Record([.. names.Select((name, i) => new SpeakerEvidence(name) { Articles = i + 1 })]);
            var found = registry.Find(names);
            Assert.Equal(4, found.Count);
            Assert.Equal([1, 2, 3, 4], names.Take(4).Select(n => found[n].Articles));
        }
        finally
        {
            RedisServer.DeleteKeys(address, prefix);
        }
    }

    [SkippableFact]
    public async Task Two_workers_fed_the_same_articles_in_different_orders_end_with_the_same_state()
    {
        var address = RedisServer.Address();
        var prefixes = new[] { RedisServer.UniquePrefix("order-a"), RedisServer.UniquePrefix("order-b") };
        var articles = RegistryArticles.Batch(150);
        Article[][] orders = [[.. articles], [.. articles.Reverse().OrderBy(a => a.Content.Length % 7)]];
        var registries = prefixes.Select(p => new RedisSpeakerRegistry(new RedisSpeakerRegistryOptions { OperationTimeout = RedisServer.PatientTimeout, Configuration = address, KeyPrefix = p }, new ListLogger())).ToArray();
        try
        {
            var runs = registries.Select((registry, i) => Task.Run(() => new StatementAnalyzerBuilder().UseSpeakerRegistry(registry).Build()
                .AnalyzeMany(orders[i], new BatchAnalysisOptions { MaxDegreeOfParallelism = 2, RoundSize = 5 + (i * 6) }).Count()));
            await Task.WhenAll(runs);

            var names = Enumerable.Range(0, RegistryArticles.People).Select(RegistryArticles.PersonName).ToList();
            var first = registries[0].Find(names);
            Assert.True(first.Count >= 20, $"only {first.Count} names recorded");
            Assert.Contains(first.Values, e => e.Gender != Gender.Unknown);
            Assert.Equal(first.OrderBy(p => p.Key, StringComparer.Ordinal), registries[1].Find(names).OrderBy(p => p.Key, StringComparer.Ordinal));
        }
        finally
        {
            foreach (var registry in registries)
            {
                registry.Dispose();
            }

            foreach (var prefix in prefixes)
            {
                RedisServer.DeleteKeys(address, prefix);
            }
        }
    }

    [SkippableFact]
    public void Redis_and_in_memory_registries_give_the_same_results_and_state()
    {
        var address = RedisServer.Address();
        var prefix = RedisServer.UniquePrefix("same");
        var logger = new ListLogger();
        using var redis = new RedisSpeakerRegistry(new RedisSpeakerRegistryOptions { OperationTimeout = RedisServer.PatientTimeout, Configuration = address, KeyPrefix = prefix }, logger);
        var memory = new InMemorySpeakerRegistry();
        try
        {
            var articles = RegistryArticles.Batch(80);
            var options = new BatchAnalysisOptions { MaxDegreeOfParallelism = 2, RoundSize = 6 };
            var onRedis = new StatementAnalyzerBuilder().UseSpeakerRegistry(redis).Build().AnalyzeMany(articles, options).Select(Json).ToList();
            var inMemory = new StatementAnalyzerBuilder().UseSpeakerRegistry(memory).Build().AnalyzeMany(articles, options).Select(Json).ToList();
            Assert.Equal(inMemory, onRedis);
            var state = memory.Snapshot();
            var stored = redis.Find([.. state.Select(e => e.Name)]);
            Assert.Equal(state, state.Select(e => stored[e.Name]));
            Assert.Contains(onRedis, json => json.Contains("\"Source\":3", StringComparison.Ordinal));
            Assert.Empty(logger.Entries);
        }
        finally
        {
            RedisServer.DeleteKeys(address, prefix);
        }
    }

    [Fact]
    public void An_unreachable_server_never_throws_and_warns_once()
    {
        var logger = new ListLogger();
        using var registry = new RedisSpeakerRegistry(
            new RedisSpeakerRegistryOptions { Configuration = $"127.0.0.1:{RedisServer.FreePort()}", OperationTimeout = TimeSpan.FromMilliseconds(200) }, logger);
        var analyzer = new StatementAnalyzerBuilder().UseSpeakerRegistry(registry).Build();
        var alone = StatementAnalyzer.CreateDefault();
        foreach (var article in RegistryArticles.Batch(10))
        {
            Assert.Equal(Json(alone.Analyze(article)), Json(analyzer.Analyze(article)));
        }

        Assert.Empty(registry.Find(["Jamie Okafor"]));
        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("unreachable", warning.Message, StringComparison.Ordinal);
    }

    internal static string Json(ArticleAnalysis analysis) => JsonSerializer.Serialize(analysis);
}
