using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;
using StatementKit.JsonContract;
using StatementKit.Tests.Speakers;
using Xunit.Abstractions;

namespace StatementKit.Worker.Tests;

/// <summary>
/// The queue under faults, with real processes and a real redis-server of the test's own: four workers share 2,000
/// articles and a binary file; one worker is killed with SIGKILL while it holds entries, and Redis is killed and started
/// again once. At the end every article has its result (duplicates only with identical records), each the CLI's
/// record for that article, nothing is pending, and the binary file is a dead letter.
/// </summary>
public sealed class StreamFaultTests(ITestOutputHelper output) : IDisposable
{
    private const int Articles = 2000;
    private const string Stream = "articles", Group = "analysers", Results = "results";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("statementkit-fault-");

    public void Dispose() => folder.Delete(recursive: true);

    [SkippableFact]
    public async Task Four_workers_lose_nothing_when_one_is_killed_and_Redis_restarts()
    {
        // .ci/run sets STATEMENTKIT_REDIS and installs redis-server; elsewhere the test needs both.
        Skip.If(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("STATEMENTKIT_REDIS")),
            "No Redis: set STATEMENTKIT_REDIS=host:port and install redis-server (.ci/run does both).");
        Assert.True(RedisServerProcess.IsInstalled(), "redis-server is not on the PATH.");
        var texts = Enumerable.Range(0, Articles).Select(ArticleText).ToList();
        var subfolder = Directory.CreateDirectory(Path.Combine(folder.FullName, "more"));
        for (var i = 0; i < Articles; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(i % 2 == 0 ? folder.FullName : subfolder.FullName, $"{i:0000}.txt"), texts[i]);
        }

        var binary = Path.Combine(folder.FullName, "scan.txt");
        await File.WriteAllBytesAsync(binary, [0x89, .. "PNG\r\n"u8, 0x1A, 0x0A, 0, 0, 0, 0x0D, .. Enumerable.Range(0, 500).Select(i => (byte)(i * 37))]);

        using var redis = await RedisServerProcess.StartAsync();
        var enqueue = await WorkerProcess.RunAsync(Patience, "enqueue", "--redis", redis.Address, "--stream", Stream, folder.FullName);
        Assert.True(enqueue.ExitCode == 0, enqueue.Error);
        Assert.Contains($"Added {Articles + 1} entries to {Stream}.", enqueue.Output, StringComparison.Ordinal);

        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, 4).Select(n => WorkerProcess.Start("work", "--redis", redis.Address, "--stream", Stream, "--group", Group,
            "--consumer", $"worker-{n}", "--results", Results, "--mode", "fast", "--claim-after", "2", "--exit-when-idle", "3")).ToList();
        try
        {
            using var connection = await ConnectionMultiplexer.ConnectAsync($"{redis.Address},abortConnect=false");
            var database = connection.GetDatabase();

            // SIGKILL a worker once a share of the work is done and while it holds entries: they stay pending until claimed.
            // A worker that holds entries is frozen (SIGSTOP) first, so that what it holds cannot change under the check.
            await WaitForAsync(async () => await database.StreamLengthAsync(Results) >= Articles / 8);
            var victim = -1;
            var heldByKilled = 0;
            await WaitForAsync(async () =>
            {
                var holder = (await database.StreamPendingAsync(Stream, Group)).Consumers.FirstOrDefault(c => c.PendingMessageCount > 0);
                if (holder.Name.IsNull)
                {
                    return false;
                }

                var candidate = int.Parse(((string)holder.Name!)["worker-".Length..], CultureInfo.InvariantCulture);
                await workers[candidate].SignalAsync("STOP");
                await Task.Delay(300);
                heldByKilled = (await database.StreamPendingMessagesAsync(Stream, Group, 100, $"worker-{candidate}")).Length;
                if (heldByKilled == 0)
                {
                    await workers[candidate].SignalAsync("CONT");
                    return false;
                }

                workers[candidate].KillHard();
                victim = candidate;
                return true;
            });
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: worker-{victim} killed holding {heldByKilled} entries");

            // Then Redis itself goes down and comes back, mid-run.
            await WaitForAsync(async () => await database.StreamLengthAsync(Results) >= Articles / 2);
            var before = await database.StreamLengthAsync(Results);
            await redis.CrashAndRestartAsync(TimeSpan.FromSeconds(1));
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: Redis restarted with {before} results written");
            Assert.True(before < Articles, "the run ended before Redis could be restarted mid-run");

            foreach (var worker in workers.Where((_, n) => n != victim))
            {
                Assert.Equal(0, await worker.WaitAsync(Patience));
            }

            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: the other workers exited");
            foreach (var worker in workers)
            {
                output.WriteLine(worker.Error);
            }

            await CheckAsync(connection.GetDatabase(), texts, binary);
        }
        finally
        {
            workers.ForEach(w => w.Dispose());
        }
    }

    private async Task CheckAsync(IDatabase database, List<string> texts, string binary)
    {
        var results = await database.StreamRangeAsync(Results);
        var byId = results.GroupBy(r => (string)r["id"]!).ToDictionary(g => g.Key, g => g.Select(r => (string)r["json"]!).ToList());
        output.WriteLine($"{results.Length} results for {byId.Count} articles");
        var analyzer = new StatementAnalyzerBuilder().Build();
        for (var i = 0; i < Articles; i++)
        {
            var id = Path.Combine(i % 2 == 0 ? folder.FullName : Path.Combine(folder.FullName, "more"), $"{i:0000}.txt");
            Assert.True(byId.TryGetValue(id, out var records), $"no result for {id}");
            Assert.All(records, r => Assert.Equal(records[0], r));

            // The CLI's JSONL record for that file: the same analyzer (fast mode, one article alone) and the same writer.
            Assert.Equal(AnalysisJsonWriter.ToJson(id, analyzer.Analyze(Article.FromText(texts[i])), includeText: false), records[0]);
        }

        Assert.Equal(Articles, byId.Count);
        var pending = await database.StreamPendingAsync(Stream, Group);
        Assert.Equal(0, pending.PendingMessageCount);
        var dead = await database.StreamRangeAsync(Stream + ":dead");
        var letter = Assert.Single(dead);
        Assert.Equal(binary, (string)letter["id"]!);
        Assert.StartsWith("binary data", (string)letter["reason"]!, StringComparison.Ordinal);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (RedisException)
            {
                // Between a restart and the reconnection.
            }

            Assert.True(clock.Elapsed < Patience, "the workers made no progress");
            await Task.Delay(10);
        }
    }

    /// <summary>Article <paramref name="index"/>: two generated reports, so each of the 2,000 is different.</summary>
    private static string ArticleText(int index)
    {
        var more = RegistryArticles.Text(index * 3 + 1);
        return RegistryArticles.Text(index) + more[more.IndexOf("\n\n", StringComparison.Ordinal)..];
    }
}
