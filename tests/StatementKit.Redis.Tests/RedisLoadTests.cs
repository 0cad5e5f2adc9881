using System.Diagnostics;
using System.Globalization;
using StatementKit.Speakers;
using StatementKit.Tests.Speakers;
using Xunit.Abstractions;

namespace StatementKit.Redis.Tests;

/// <summary>Many workers through one registry: no update may be lost. Prints the throughput it saw.</summary>
public sealed class RedisLoadTests(ITestOutputHelper output)
{
    private const int Workers = 4;
    private const int ArticlesPerWorker = 500;

    [SkippableFact]
    public async Task Four_workers_by_500_articles_through_one_registry_lose_no_update()
    {
        var address = RedisServer.Address();
        var prefix = RedisServer.UniquePrefix("load");
        var logger = new ListLogger();

        // Each worker is a replica of its own (its own analyzer, connection and thread), sharing only the server.
        var registries = Enumerable.Range(0, Workers)
            .Select(_ => new RedisSpeakerRegistry(new RedisSpeakerRegistryOptions { OperationTimeout = RedisServer.PatientTimeout, Configuration = address, KeyPrefix = prefix }, logger)).ToList();
        try
        {
            var clock = Stopwatch.StartNew();
            var runs = registries.Select((registry, worker) => Task.Factory.StartNew(() =>
            {
                var analyzer = new StatementAnalyzerBuilder().UseSpeakerRegistry(registry).Build();
                var articles = Enumerable.Range(worker * ArticlesPerWorker, ArticlesPerWorker).Select(i => Article.FromText(RegistryArticles.Text(i)));
                return analyzer.AnalyzeMany(articles, new BatchAnalysisOptions { MaxDegreeOfParallelism = 1, RoundSize = 16 }).ToList();
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
            var analyses = (await Task.WhenAll(runs)).SelectMany(r => r).ToList();
            var analysisTime = clock.Elapsed;

            // What the articles recorded, counted in memory, is what Redis holds: every increment landed.
            var expected = new InMemorySpeakerRegistry();
            analyses.ForEach(expected.Record);
            var state = expected.Snapshot();
            var stored = registries[0].Find([.. state.Select(e => e.Name)]);
            Assert.Equal(Workers * ArticlesPerWorker, analyses.Count);
            Assert.Equal(state, state.Select(e => stored.TryGetValue(e.Name, out var held) ? held : new SpeakerEvidence(e.Name)));
            Assert.True(state.Sum(e => e.Articles) >= Workers * ArticlesPerWorker / 2, "the articles recorded too little to test");

            // The registry alone: the same 2,000 articles' evidence recorded by the four workers ten times over, at once.
            var evidence = analyses.Select(SpeakerEvidence.From).Where(e => e.Count > 0).ToList();
            const int Repeats = 10;
            clock.Restart();
            await Task.WhenAll(registries.Select((registry, worker) => Task.Factory.StartNew(() =>
            {
                for (var repeat = 0; repeat < Repeats; repeat++)
                {
                    for (var i = worker; i < evidence.Count; i += Workers)
                    {
                        registry.Record(evidence[i]);
                    }
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
            var recordTime = clock.Elapsed;
            stored = registries[0].Find([.. state.Select(e => e.Name)]);
            Assert.All(state, e => Assert.Equal(e.Articles * (Repeats + 1), stored[e.Name].Articles));
            Assert.All(state, e => Assert.Equal(e.FemalePronouns * (Repeats + 1), stored[e.Name].FemalePronouns));
            Assert.True(logger.Entries.Count == 0, string.Join("\n", logger.Entries.Select(e => e.Message)));

            Report(string.Create(CultureInfo.InvariantCulture,
                $"redis load: {Workers} workers x {ArticlesPerWorker} articles analysed with one Redis registry in {analysisTime.TotalSeconds:0.00} s " +
                $"({analyses.Count / analysisTime.TotalSeconds:0} articles/s, {2 * analyses.Count} registry round trips); " +
                $"{Repeats * evidence.Count} article records by {Workers} workers in {recordTime.TotalSeconds:0.00} s " +
                $"({Repeats * evidence.Count / recordTime.TotalSeconds:0} records/s); {state.Count} names, 0 lost updates"));
        }
        finally
        {
            registries.ForEach(r => r.Dispose());
            RedisServer.DeleteKeys(address, prefix);
        }
    }

    /// <summary>To the test output, and to the file <c>STATEMENTKIT_REDIS_REPORT</c> names (.ci/run prints it).</summary>
    private void Report(string line)
    {
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("STATEMENTKIT_REDIS_REPORT") is { Length: > 0 } path)
        {
            File.AppendAllText(path, line + Environment.NewLine);
        }
    }
}
