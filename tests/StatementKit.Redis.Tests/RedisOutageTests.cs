using System.Diagnostics;
using Microsoft.Extensions.Logging;
using StatementKit.Speakers;
using StatementKit.Tests.Speakers;

namespace StatementKit.Redis.Tests;

/// <summary>A server stopped in the middle of a run, on a redis-server of the test's own.</summary>
public sealed class RedisOutageTests
{
    [SkippableFact]
    public void A_server_stopped_mid_run_degrades_to_per_article_analysis_and_is_used_again_when_back()
    {
        var program = RedisServer.Program();
        Skip.If(program is null, "redis-server is not installed (apt-get install redis-server; .ci/run installs it).");
        using var server = new OwnRedisServer(program!);
        server.Start();
        var logger = new ListLogger();
        using var registry = new RedisSpeakerRegistry(new RedisSpeakerRegistryOptions
        {
            Configuration = server.Address,
            KeyPrefix = RedisServer.UniquePrefix("outage"),
            // Long enough for a loaded two-core CI machine (500 ms once timed out before the outage, so the registry was
            // read as down from the start); the outage is still told apart, as one warning and no waiting per article:
            // 31 articles waiting 10 s each, two at a time, would take 155 s, far more than the 60 s allowed below.
            OperationTimeout = TimeSpan.FromSeconds(10),
            ReconnectInterval = TimeSpan.FromMilliseconds(100),
        }, logger);
        var analyzer = new StatementAnalyzerBuilder().UseSpeakerRegistry(registry).Build();
        var alone = StatementAnalyzer.CreateDefault();
        const string Honorific = "Ms Sasha Lindqvist spoke to reporters. “We will wait,” said Sasha Lindqvist.";
        const string Pronoun = "Sasha Lindqvist arrived early. “It is done,” Sasha Lindqvist said. “Nothing more,” he added.";

        // Up: the registry carries the honorific over to the next article.
        analyzer.Analyze(Article.FromText(Honorific));
        Assert.Contains(analyzer.Analyze(Article.FromText(Pronoun)).Reliability.Flags, f => f.Code == "pronoun-gender-conflict");
        Assert.True(logger.Entries.Count == 0, "the registry logged while its server was up: " + Describe(logger));

        // Down: analysis goes on, each article on its own, without waiting for the server, and one warning is logged.
        server.Stop();
        var clock = Stopwatch.StartNew();
        var articles = RegistryArticles.Batch(30).Prepend(Article.FromText(Pronoun)).ToList();
        var during = analyzer.AnalyzeMany(articles, new BatchAnalysisOptions { MaxDegreeOfParallelism = 2, RoundSize = 4 }).ToList();
        Assert.Equal(articles.Select(a => RedisSpeakerRegistryTests.Json(alone.Analyze(a))), during.Select(RedisSpeakerRegistryTests.Json));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the outage slowed analysis to {clock.Elapsed}");
        Assert.True(logger.Entries is [{ Level: LogLevel.Warning }], "one warning for the outage, not: " + Describe(logger));

        // Back (empty: the server keeps nothing on disk): the registry reconnects by itself and counts again.
        server.Start();
        var deadline = Stopwatch.StartNew();
        while (registry.Find(["Sasha Lindqvist"]).Count == 0 && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            analyzer.Analyze(Article.FromText(Honorific));
            Thread.Sleep(100);
        }

        Assert.True(registry.TryGetGender("Sasha Lindqvist", out var gender), "the registry did not come back");
        Assert.Equal(Gender.Female, gender);
        Assert.Contains(analyzer.Analyze(Article.FromText(Pronoun)).Reliability.Flags, f => f.Code == "pronoun-gender-conflict");
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("reachable again", StringComparison.Ordinal));
        Assert.True(logger.Entries.Count(e => e.Level == LogLevel.Warning) == 1, "one warning for the whole run, not: " + Describe(logger));
    }

    private static string Describe(ListLogger logger) =>
        string.Join(" | ", logger.Entries.Select(e => $"{e.Level}: {e.Message}")) is { Length: > 0 } entries ? entries : "(nothing)";
}
