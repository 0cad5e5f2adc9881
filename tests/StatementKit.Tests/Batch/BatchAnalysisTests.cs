using System.Diagnostics;
using System.Text.Json;
using StatementKit.Speakers;
using StatementKit.Tests.Speakers;

namespace StatementKit.Tests.Batch;

public sealed class BatchAnalysisTests
{
    [Fact]
    public async Task Results_come_in_input_order_and_equal_one_by_one_analysis()
    {
        var articles = RegistryArticles.Batch(40);
        var batch = new List<ArticleAnalysis>();
        await foreach (var analysis in Analyze.Default.AnalyzeManyAsync(articles, new BatchAnalysisOptions { MaxDegreeOfParallelism = 3 }))
        {
            batch.Add(analysis);
        }

        Assert.Equal(articles.Select(a => Json(Analyze.Default.Analyze(a))), batch.Select(Json));
    }

    [Fact]
    public void With_a_registry_results_and_state_do_not_depend_on_the_number_of_workers()
    {
        var articles = RegistryArticles.Batch(90);
        var (oneWorker, oneState) = Run(articles, workers: 1, roundSize: 8);
        var (fourWorkers, fourState) = Run(articles, workers: 4, roundSize: 8);
        Assert.Equal(oneWorker, fourWorkers);
        Assert.Equal(oneState, fourState);

        // The registry matters to these articles: without it some genders and flags differ.
        var (alone, _) = Run(articles, workers: 2, roundSize: 8, registry: false);
        Assert.NotEqual(alone, oneWorker);
    }

    [Fact]
    public void Rounds_of_one_reproduce_sequential_analysis()
    {
        var articles = RegistryArticles.Batch(30);
        var registry = new InMemorySpeakerRegistry();
        var sequential = new StatementAnalyzerBuilder().UseSpeakerRegistry(registry).Build().AnalyzeAll(articles).Select(Json).ToList();
        var (batch, state) = Run(articles, workers: 2, roundSize: 1);
        Assert.Equal(sequential, batch);
        Assert.Equal(registry.Snapshot(), state);
    }

    [Fact]
    public void An_article_reads_the_registry_as_its_round_started()
    {
        const string Honorific = "Ms Riley Varga spoke to reporters. “We will wait,” said Riley Varga.";
        const string Pronoun = "Riley Varga arrived early. “It is done,” Riley Varga said. “Nothing more,” he added.";
        Article[] articles = [Article.FromText(Honorific), Article.FromText(Pronoun), Article.FromText(Pronoun)];
        var analyzer = new StatementAnalyzerBuilder().UseSpeakerRegistry(new InMemorySpeakerRegistry()).Build();
        var results = analyzer.AnalyzeMany(articles, new BatchAnalysisOptions { RoundSize = 2 }).ToList();
        Assert.DoesNotContain(results[1].Reliability.Flags, f => f.Code == "pronoun-gender-conflict");
        Assert.Contains(results[2].Reliability.Flags, f => f.Code == "pronoun-gender-conflict");
    }

    [Fact]
    public void Parallelism_is_bounded_and_the_input_is_read_lazily()
    {
        var analyzer = new CountingAnalyzer();
        var read = 0;
        IEnumerable<Article> Input()
        {
            for (var i = 0; i < 200; i++)
            {
                Interlocked.Increment(ref read);
                yield return Article.FromText($"Text {i}");
            }
        }

        var consumed = 0;
        foreach (var analysis in analyzer.AnalyzeMany(Input(), new BatchAnalysisOptions { MaxDegreeOfParallelism = 3 }))
        {
            Assert.Equal($"Text {consumed}", analysis.Text);
            consumed++;
            Assert.True(Volatile.Read(ref read) <= consumed + (3 * 4) + 3 + 2, $"read {read} articles ahead of {consumed}");
        }

        Assert.Equal(200, consumed);
        Assert.InRange(analyzer.MostAtOnce, 1, 3);
    }

    [Fact]
    public void Results_are_handed_back_while_the_input_waits()
    {
        using var firstThreeSeen = new ManualResetEventSlim();
        var waitedInVain = false;
        IEnumerable<Article> Input()
        {
            for (var i = 0; i < 3; i++)
            {
                yield return Article.FromText(RegistryArticles.Text(i));
            }

            // A stream with nothing more for now: the three results must reach the consumer before more arrives.
            waitedInVain = !firstThreeSeen.Wait(TimeSpan.FromSeconds(20));
            yield return Article.FromText(RegistryArticles.Text(3));
        }

        var received = 0;
        foreach (var unused in Analyze.Default.AnalyzeMany(Input(), new BatchAnalysisOptions { MaxDegreeOfParallelism = 2 }))
        {
            if (++received == 3)
            {
                firstThreeSeen.Set();
            }
        }

        Assert.Equal(4, received);
        Assert.False(waitedInVain);
    }

    [Fact]
    public void An_input_that_fails_fails_the_batch_in_its_turn()
    {
        IEnumerable<Article> Input()
        {
            yield return Article.FromText("“Yes,” Anna Berg said.");
            throw new IOException("the disk is gone");
        }

        var results = new List<ArticleAnalysis>();
        var error = Assert.Throws<IOException>(() =>
        {
            foreach (var analysis in Analyze.Default.AnalyzeMany(Input()))
            {
                results.Add(analysis);
            }
        });
        Assert.Equal("the disk is gone", error.Message);
    }

    [Fact]
    public void Progress_counts_every_article_and_its_characters()
    {
        var articles = RegistryArticles.Batch(25);
        var reports = new List<BatchAnalysisProgress>();
        var progress = new SynchronousProgress(p => { lock (reports) { reports.Add(p); } });
        var results = Analyze.Default.AnalyzeMany(articles, new BatchAnalysisOptions { MaxDegreeOfParallelism = 2, Progress = progress }).ToList();
        Assert.Equal(25, reports.Count);
        Assert.Equal(25, reports.Max(r => r.Completed));
        Assert.All(reports, r => Assert.Equal(25, r.Total));
        Assert.Equal(results.Sum(r => (long)r.Text.Length), reports.Max(r => r.Characters));
    }

    [Fact]
    public async Task Cancellation_stops_the_batch_promptly()
    {
        using var cancel = new CancellationTokenSource();
        var analyzer = new CountingAnalyzer(delay: TimeSpan.FromMilliseconds(20));
        var articles = Enumerable.Range(0, 10_000).Select(i => Article.FromText($"Text {i}"));
        var sinceCancelled = new Stopwatch();
        var consumed = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in analyzer.AnalyzeManyAsync(articles, new BatchAnalysisOptions { MaxDegreeOfParallelism = 2 }, cancel.Token))
            {
                if (++consumed == 5)
                {
                    sinceCancelled.Start();
                    await cancel.CancelAsync();
                }
            }
        });

        // What tells a prompt stop from an ignored token is the count: the batch ignoring it would analyse all 10,000 (over
        // 100 s). The time is measured from the cancellation, on a monotonic clock, and only bounds a stop that waits
        // for something: 2 s was once exceeded (2.06 s) by the thread pool alone on a loaded two-core machine.
        Assert.True(sinceCancelled.Elapsed < TimeSpan.FromSeconds(20), $"{sinceCancelled.Elapsed.TotalMilliseconds} ms after cancellation");
        Assert.True(analyzer.Calls < 100, $"{analyzer.Calls} articles analysed");
        var calls = analyzer.Calls;
        await Task.Delay(100);
        Assert.Equal(calls, analyzer.Calls);
    }

    [Fact]
    public void Abandoning_a_batch_stops_its_work()
    {
        var analyzer = new CountingAnalyzer();
        var first = analyzer.AnalyzeMany(Enumerable.Range(0, 10_000).Select(i => Article.FromText($"Text {i}"))).Take(3).ToList();
        Assert.Equal(3, first.Count);
        var calls = analyzer.Calls;
        Thread.Sleep(50);
        Assert.Equal(calls, analyzer.Calls);
        Assert.True(calls < 100, $"{calls} articles analysed");
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => Analyze.Default.AnalyzeManyAsync(null!));
        Assert.Throws<ArgumentException>(() => Analyze.Default.AnalyzeManyAsync([], new BatchAnalysisOptions { MaxDegreeOfParallelism = 0 }));
        Assert.Throws<ArgumentException>(() => Analyze.Default.AnalyzeManyAsync([], new BatchAnalysisOptions { RoundSize = 0 }));
        Assert.Throws<ArgumentNullException>(() => Analyze.Default.AnalyzeMany([Article.FromText("x"), null!]).ToList());
    }

    private static (List<string> Results, IReadOnlyList<SpeakerEvidence> State) Run(IReadOnlyList<Article> articles, int workers, int roundSize, bool registry = true)
    {
        var memory = new InMemorySpeakerRegistry();
        var builder = new StatementAnalyzerBuilder();
        if (registry)
        {
            builder.UseSpeakerRegistry(memory);
        }

        var results = builder.Build().AnalyzeMany(articles, new BatchAnalysisOptions { MaxDegreeOfParallelism = workers, RoundSize = roundSize })
            .Select(Json).ToList();
        return (results, memory.Snapshot());
    }

    private static string Json(ArticleAnalysis analysis) => JsonSerializer.Serialize(analysis);

    /// <summary>An in-memory registry whose reads take as long as a round trip to a remote store.</summary>
    private sealed class SynchronousProgress(Action<BatchAnalysisProgress> report) : IProgress<BatchAnalysisProgress>
    {
        public void Report(BatchAnalysisProgress value) => report(value);
    }

    /// <summary>An analyzer that counts its calls and how many run at once.</summary>
    private sealed class CountingAnalyzer(TimeSpan delay = default) : IStatementAnalyzer
    {
        private int running;
        private int mostAtOnce;
        private int calls;

        public int MostAtOnce => Volatile.Read(ref mostAtOnce);

        public int Calls => Volatile.Read(ref calls);

        public ArticleAnalysis Analyze(Article article, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(article);
            cancellationToken.ThrowIfCancellationRequested();
            Interlocked.Increment(ref calls);
            var now = Interlocked.Increment(ref running);
            int seen;
            while (now > (seen = Volatile.Read(ref mostAtOnce)) && Interlocked.CompareExchange(ref mostAtOnce, now, seen) != seen)
            {
            }

            try
            {
                Thread.Sleep(delay == default ? TimeSpan.FromMilliseconds(1) : delay);
                cancellationToken.ThrowIfCancellationRequested();
                return StatementKit.Tests.Analyze.Default.Analyze(article, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }
    }
}
