using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;
using StatementKit.JsonContract;
using StatementKit.Tests.Speakers;
using StatementKit.Worker.Streams;

namespace StatementKit.Worker.Tests;

public sealed class StreamWorkerTests : IDisposable
{
    private static readonly string[] Required = ["--redis", "127.0.0.1:6379", "--stream", "in", "--group", "g", "--consumer", "c", "--results", "out"];
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("statementkit-streams-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Work_options_have_the_documented_defaults()
    {
        var settings = StreamWorkSettings.Parse(Required);
        Assert.Equal(("127.0.0.1:6379", "in", "g", "c", "out"), (settings.Redis, settings.Stream, settings.Group, settings.Consumer, settings.Results));
        Assert.Equal(WorkMode.Accurate, settings.Mode);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.ClaimAfter);
        Assert.Null(settings.ExitWhenIdle);

        var chosen = StreamWorkSettings.Parse([.. Required, "--mode", "fast", "--claim-after=2.5", "--exit-when-idle", "10"]);
        Assert.Equal((WorkMode.Fast, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(10)), (chosen.Mode, chosen.ClaimAfter, chosen.ExitWhenIdle!.Value));
    }

    [Theory]
    [InlineData("--mode", "slow", "--mode must be fast or accurate")]
    [InlineData("--claim-after", "-1", "--claim-after must be a number of seconds")]
    [InlineData("--exit-when-idle", "soon", "--exit-when-idle must be a number of seconds")]
    [InlineData("--colour", "blue", "unknown option '--colour'")]
    [InlineData("--results", "in", "--results must name another stream")]
    [InlineData("--results", "in:dead", "--results must name another stream")]
    public void Bad_work_options_are_named(string option, string value, string message)
    {
        var args = Required.ToList();
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var exception = Assert.Throws<UsageException>(() => StreamWorkSettings.Parse(args));
        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_work_option_is_named()
    {
        var exception = Assert.Throws<UsageException>(() => StreamWorkSettings.Parse(Required[..8]));
        Assert.Equal("work: --results is required.", exception.Message);
    }

    [Fact]
    public void Enqueue_takes_files_as_given_and_the_articles_of_folders_recursively()
    {
        var sub = Directory.CreateDirectory(Path.Combine(folder.FullName, "sub"));
        foreach (var name in new[] { "b.txt", "a.HTML", "notes.md", Path.Combine("sub", "c.htm") })
        {
            File.WriteAllText(Path.Combine(folder.FullName, name), "x");
        }

        var single = Path.Combine(folder.FullName, "notes.md");
        Assert.Equal([single, Path.Combine(folder.FullName, "a.HTML"), Path.Combine(folder.FullName, "b.txt"), Path.Combine(sub.FullName, "c.htm")],
            EnqueueCommand.Expand([single, folder.FullName]));
        Assert.Equal(("html", "html", "text", "text"), (EnqueueCommand.FormatOf("a.HTML"), EnqueueCommand.FormatOf("c.htm"), EnqueueCommand.FormatOf("b.txt"), EnqueueCommand.FormatOf("notes.md")));
        var missing = Path.Combine(folder.FullName, "missing");
        Assert.Equal($"enqueue: no such file or folder: {missing}", Assert.Throws<UsageException>(() => EnqueueCommand.Expand([folder.FullName, missing])).Message);
    }

    [Fact]
    public void An_entry_becomes_the_CLI_record_of_its_article_or_a_dead_letter_with_its_reason()
    {
        var analyzer = new StatementAnalyzerBuilder().Build();
        var analysis = new EntryAnalysis(analyzer, maxArticleBytes: 2000);
        var text = RegistryArticles.Text(3);
        var html = $"<html><head><title>Report</title></head><body><p>{RegistryArticles.Text(4)}</p></body></html>";

        var fromText = analysis.Analyse(Entry(("id", "a.txt"), ("content", Encoding.UTF8.GetBytes(text)), ("format", "text")), default);
        Assert.Equal(AnalysisJsonWriter.ToJson("a.txt", analyzer.Analyze(Article.FromText(text)), includeText: false), fromText.Json);
        var fromHtml = analysis.Analyse(Entry(("id", "b.html"), ("content", html), ("format", "html")), default);
        Assert.Equal(AnalysisJsonWriter.ToJson("b.html", analyzer.Analyze(Article.FromHtml(html)), includeText: false), fromHtml.Json);

        Assert.StartsWith("binary data", analysis.Analyse(Entry(("id", "c"), ("content", new byte[] { 0x7F, 0x45, 0, 1, 2 }), ("format", "text")), default).DeadLetterReason, StringComparison.Ordinal);
        Assert.StartsWith("2001 bytes, more than the limit of 2000", analysis.Analyse(Entry(("id", "d"), ("content", new string('a', 2001)), ("format", "text")), default).DeadLetterReason, StringComparison.Ordinal);
        Assert.Equal("no content field", analysis.Analyse(Entry(("id", "e"), ("format", "text")), default).DeadLetterReason);
        Assert.StartsWith("delivered 6 times without an outcome", analysis.Analyse(Entry(6, ("id", "g"), ("content", text), ("format", "text")), default).DeadLetterReason, StringComparison.Ordinal);
        Assert.NotNull(analysis.Analyse(Entry(5, ("id", "h"), ("content", text), ("format", "text")), default).Json);
        Assert.StartsWith("format must be text or html", analysis.Analyse(Entry(("id", "f"), ("content", "x"), ("format", "pdf")), default).DeadLetterReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_errors_are_one_line_with_exit_status_2()
    {
        var missing = Path.Combine(folder.FullName, "missing");
        var runs = new[]
        {
            (Args: new[] { $"--Worker:Input={missing}" }, Message: $"Worker:Input '{missing}': no such folder."),
            (Args: [$"--Worker:Input={folder.FullName}", "--Worker:ShardIndex=2", "--Worker:ShardCount=2"], Message: "Worker:ShardIndex must be from 0 to Worker:ShardCount - 1."),
            (Args: ["enqueue", "--redis", "127.0.0.1:1", "--stream", "s", missing], Message: $"enqueue: no such file or folder: {missing}"),
            (Args: ["work", "--redis", "127.0.0.1:1", "--stream", "s"], Message: "work: --group is required."),
        };
        foreach (var (args, message) in runs)
        {
            var (exitCode, _, error) = await WorkerProcess.RunAsync(TimeSpan.FromMinutes(1), args);
            Assert.Equal(2, exitCode);
            Assert.Equal("statementkit-worker: " + message, error.TrimEnd('\n'));
        }
    }

    [SkippableFact]
    public async Task A_worker_writes_results_and_dead_letters_acknowledges_all_and_counts_them()
    {
        var address = Environment.GetEnvironmentVariable("STATEMENTKIT_REDIS");
        Skip.If(string.IsNullOrEmpty(address), "No Redis server: set STATEMENTKIT_REDIS=host:port (.ci/run starts one).");
        var stream = $"statementkit-test:stream:{Guid.NewGuid():N}";
        using var connection = await ConnectionMultiplexer.ConnectAsync(address!);
        var database = connection.GetDatabase();
        for (var i = 0; i < 6; i++)
        {
            await database.StreamAddAsync(stream, [new("id", $"article-{i}"), new("content", RegistryArticles.Text(i)), new("format", "text")]);
        }

        await database.StreamAddAsync(stream, [new("id", "image"), new("content", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D }), new("format", "text")]);
        await database.StreamAddAsync(stream, [new("id", "huge"), new("content", new string('a', 5000)), new("format", "text")]);

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == WorkerMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (counts)
            {
                counts[instrument.Name] = counts.GetValueOrDefault(instrument.Name) + value;
            }
        });
        listener.Start();

        var settings = StreamWorkSettings.Parse(["--redis", address!, "--stream", stream, "--group", "g", "--consumer", "c", "--results", stream + ":results",
            "--mode", "fast", "--exit-when-idle", "0.5"]);
        var clock = Stopwatch.StartNew();
        using (var host = StreamWorkHost.Create(settings, c => c.AddInMemoryCollection([KeyValuePair.Create("Worker:MaxArticleBytes", (string?)"4000"),
            KeyValuePair.Create("Redis:Configuration", (string?)"")])))
        {
            await host.RunAsync();
        }

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        var results = await database.StreamRangeAsync(stream + ":results");
        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"article-{i}"), results.Select(r => (string)r["id"]!).Order(StringComparer.Ordinal));
        var dead = await database.StreamRangeAsync(stream + ":dead");
        Assert.Equal(["huge", "image"], dead.Select(d => (string)d["id"]!).Order(StringComparer.Ordinal));
        Assert.Equal(0, (await database.StreamPendingAsync(stream, "g")).PendingMessageCount);
        Assert.Equal(6, counts.GetValueOrDefault("statementkit.worker.analysed"));
        Assert.Equal(2, counts.GetValueOrDefault("statementkit.worker.dead_letters"));
        await database.KeyDeleteAsync([stream, stream + ":results", stream + ":dead"]);
    }

    [SkippableFact]
    public async Task SIGTERM_finishes_the_entries_in_hand_and_leaves_the_rest_to_others()
    {
        var address = Environment.GetEnvironmentVariable("STATEMENTKIT_REDIS");
        Skip.If(string.IsNullOrEmpty(address), "No Redis server: set STATEMENTKIT_REDIS=host:port (.ci/run starts one).");
        const int Count = 1500;
        var stream = $"statementkit-test:stream:{Guid.NewGuid():N}";
        using var connection = await ConnectionMultiplexer.ConnectAsync(address!);
        var database = connection.GetDatabase();
        var batch = Enumerable.Range(0, Count).Select(i => database.StreamAddAsync(stream, [new("id", $"article-{i}"), new("content", RegistryArticles.Text(i)), new("format", "text")]));
        await Task.WhenAll(batch);

        using var worker = WorkerProcess.Start("work", "--redis", address!, "--stream", stream, "--group", "g", "--consumer", "c", "--results", stream + ":results", "--mode", "fast");
        var clock = Stopwatch.StartNew();
        while (await database.StreamLengthAsync(stream + ":results") < 20)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "the worker wrote no results: " + worker.Error);
            await Task.Delay(10);
        }

        await worker.SignalAsync("TERM");

        Assert.Equal(0, await worker.WaitAsync(TimeSpan.FromSeconds(40)));
        Assert.Contains("Stopped:", worker.Error, StringComparison.Ordinal);
        var group = (await database.StreamGroupInfoAsync(stream)).Single();
        var written = await database.StreamLengthAsync(stream + ":results");
        Assert.Equal(0, group.PendingMessageCount);
        Assert.Equal(Count, written + group.Lag);
        await database.KeyDeleteAsync([stream, stream + ":results"]);
    }

    [SkippableFact]
    public async Task A_stream_name_that_holds_another_type_stops_the_worker_with_one_line()
    {
        var address = Environment.GetEnvironmentVariable("STATEMENTKIT_REDIS");
        Skip.If(string.IsNullOrEmpty(address), "No Redis server: set STATEMENTKIT_REDIS=host:port (.ci/run starts one).");
        var key = $"statementkit-test:string:{Guid.NewGuid():N}";
        using var connection = await ConnectionMultiplexer.ConnectAsync(address!);
        await connection.GetDatabase().StringSetAsync(key, "not a stream");

        var (exitCode, _, error) = await WorkerProcess.RunAsync(TimeSpan.FromMinutes(1), "work", "--redis", address!, "--stream", key, "--group", "g",
            "--consumer", "c", "--results", key + ":results", "--mode", "fast", "--exit-when-idle", "1");
        await connection.GetDatabase().KeyDeleteAsync(key);
        Assert.Equal(1, exitCode);
        Assert.Contains("refused the queue's commands (WRONGTYPE", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static QueuedEntry Entry(params (string Name, RedisValue Value)[] fields) => Entry(1, fields);

    private static QueuedEntry Entry(long deliveries, params (string Name, RedisValue Value)[] fields) =>
        new(new StreamEntry("1-0", [.. fields.Select(f => new NameValueEntry(f.Name, f.Value))]), deliveries);
}
