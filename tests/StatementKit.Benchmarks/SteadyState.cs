using System.Diagnostics;
using System.Globalization;
using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Quotes;
using StatementKit.Text;

namespace StatementKit.Benchmarks;

/// <summary>
/// The issue-27 figures in one process, taken so that a busy shared machine disturbs them least: the dev articles'
/// first pass (cold: the code unoptimised and the tables untouched), a warm pass after three passes, and the steady
/// state after <see cref="JitWarmUp"/> as the best of N rounds by the thread's CPU time; bytes allocated per input
/// character (deterministic); compromise's quotations() in the same phases after the same warm-up (when its peer
/// folder is installed); the learnt cue model alone; the median article against the same article 64 times over.
/// Run: dotnet run -c Release --project tests/StatementKit.Benchmarks -- steady [rounds]
/// </summary>
internal static class SteadyState
{
    private const int LongArticleRepeats = 64;

    public static void Run(int rounds)
    {
        var (texts, source) = RealArticles.Load();
        var articles = texts.Select(Article.FromText).ToList();
        var characters = texts.Sum(t => (long)t.Length);
        var megabytes = characters / 1e6;
        var analyzer = StatementAnalyzer.CreateDefault();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"steady: {articles.Count} articles, {megabytes:0.000} M characters ({source}), one thread; load average {LoadAverage()}"));

        var cold = Pass(analyzer, articles);
        Pass(analyzer, articles);
        Pass(analyzer, articles);
        var warm = Pass(analyzer, articles);
        JitWarmUp.Run(() => Pass(analyzer, articles));
        var best = double.MaxValue;
        var bytes = 0L;
        for (var round = 0; round < rounds; round++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var seconds = Pass(analyzer, articles);
            bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            best = Math.Min(best, seconds.Cpu);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"StatementKit: cold first pass {megabytes / cold.Wall:0.00} MB/s wall ({megabytes / cold.Cpu:0.00} CPU); warm (4th pass) {megabytes / warm.Cpu:0.00} MB/s CPU; " +
            $"steady best of {rounds} {megabytes / best:0.00} MB/s CPU ({best * 1000:0.0} ms); {bytes / (double)characters:0.00} allocated B/char"));
        Peer(rounds, (cold.Cpu, warm.Cpu, best), megabytes);

        var median = texts.OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ElementAt(texts.Count / 2);
        var one = Article.FromText(median);
        var longer = Article.FromText(string.Join("\n\n", Enumerable.Repeat(median, LongArticleRepeats)));
        var oneBest = double.MaxValue;
        var longBest = double.MaxValue;
        for (var round = 0; round < Math.Max(3, rounds / 2); round++)
        {
            var clock = ThreadClock.Now();
            for (var i = 0; i < LongArticleRepeats; i++)
            {
                analyzer.Analyze(one);
            }

            oneBest = Math.Min(oneBest, (ThreadClock.Now() - clock) / LongArticleRepeats);
            clock = ThreadClock.Now();
            analyzer.Analyze(longer);
            longBest = Math.Min(longBest, ThreadClock.Now() - clock);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median article ({median.Length} characters) {oneBest * 1000:0.00} ms; x{LongArticleRepeats} as one text {longBest * 1000:0.0} ms: {longBest / oneBest:0.0}x the time"));

        var data = StatementKitData.Default;
        var cues = new CueMatcher(data);
        var loader = new DocumentLoader(data);
        var readers = texts.Select(t => loader.Load(Article.FromText(t), CancellationToken.None)).Select(d => new TokenReader(d.Text, d.Tokens)).ToList();
        var cueBest = double.MaxValue;
        var learnt = 0;
        for (var round = 0; round < rounds; round++)
        {
            learnt = 0;
            var clock = ThreadClock.Now();
            foreach (var reader in readers)
            {
                for (var k = 0; k < reader.Count; k++)
                {
                    learnt += cues.MatchLearned(reader, k) is null ? 0 : 1;
                }
            }

            cueBest = Math.Min(cueBest, ThreadClock.Now() - clock);
        }

        var lexiconBest = double.MaxValue;
        var listed = 0;
        for (var round = 0; round < rounds; round++)
        {
            listed = 0;
            var clock = ThreadClock.Now();
            foreach (var reader in readers)
            {
                for (var k = 0; k < reader.Count; k++)
                {
                    listed += cues.MatchVerb(reader, k, out _) is null ? 0 : 1;
                }
            }

            lexiconBest = Math.Min(lexiconBest, ThreadClock.Now() - clock);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"learnt cue model alone over every token: best {cueBest * 1000:0.00} ms ({learnt} accepted); cue lexicon (MatchVerb) alone: best {lexiconBest * 1000:0.00} ms ({listed} found)"));
    }

    /// <summary>compromise in the same phases, when its peer folder is installed (the <c>peer</c> command installs it).</summary>
    private static void Peer(int rounds, (double Cold, double Warm, double Steady) ours, double megabytes)
    {
        var peer = RealArticles.RepositoryRoot() is { } root ? Path.Combine(root, "tests", "StatementKit.Benchmarks", "peer") : null;
        if (peer is null || RealArticles.DevFolder() is not { } dev || !Directory.Exists(Path.Combine(peer, "node_modules", "compromise")))
        {
            Console.WriteLine("compromise: not installed (run the peer command once), or ../shared is absent");
            return;
        }

        var start = new ProcessStartInfo("node", $"compromise-phases.mjs {rounds} \"{dev}\"") { WorkingDirectory = peer, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start);
        var output = process?.StandardOutput.ReadToEnd();
        process?.WaitForExit();
        if (process is not { ExitCode: 0 } || string.IsNullOrWhiteSpace(output))
        {
            Console.WriteLine("compromise: node compromise-phases.mjs failed");
            return;
        }

        using var json = System.Text.Json.JsonDocument.Parse(output);
        double Read(string name) => json.RootElement.GetProperty(name).GetDouble();
        var (cold, warm, steady) = (Read("cold"), Read("warm"), Read("steady"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compromise quotations(): cold {megabytes / cold:0.000} MB/s CPU, warm {megabytes / warm:0.000}, steady {megabytes / steady:0.000} (process CPU); " +
            $"StatementKit / compromise: cold {cold / ours.Cold:0.0}x, warm {warm / ours.Warm:0.0}x, steady {steady / ours.Steady:0.0}x"));
    }

    private static (double Wall, double Cpu) Pass(StatementAnalyzer analyzer, List<Article> articles)
    {
        var clock = Stopwatch.StartNew();
        var cpu = ThreadClock.Now();
        foreach (var article in articles)
        {
            analyzer.Analyze(article);
        }

        return (clock.Elapsed.TotalSeconds, ThreadClock.Now() - cpu);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
}
