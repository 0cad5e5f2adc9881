using System.Globalization;
using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Pipeline;
using StatementKit.Quotes;
using StatementKit.Reliability;
using StatementKit.Speakers;

namespace StatementKit.Benchmarks;

/// <summary>
/// Where the time and the allocations go on real news: every article analysed one by one, stage by stage (loading,
/// quotes, speakers, reliability), with the CPU time of the thread and its allocated bytes per input byte. Also the loop
/// a sampling profiler attaches to. Run: dotnet run -c Release --project tests/StatementKit.Benchmarks -- stages [rounds].
/// </summary>
internal static class StageProfile
{
    public static void Run(int rounds)
    {
        var (texts, source) = RealArticles.Load();
        var articles = texts.Select(Article.FromText).ToList();
        var characters = texts.Sum(t => (long)t.Length);
        var data = StatementKitData.Default;
        var options = new StatementKitOptions();
        var loader = new DocumentLoader(data);
        var extractor = new QuoteExtractor(data);
        var attributor = new SpeakerAttributor(data, registry: null);
        var evaluator = new ReliabilityEvaluator(StatementAnalyzerBuilder.DefaultRules(), options);
        string[] names = ["load", "quotes", "speakers", "reliability"];
        var seconds = new double[names.Length];
        var bytes = new long[names.Length];

        var analyzer = StatementAnalyzer.CreateDefault();
        JitWarmUp.Run(() => articles.ForEach(a => analyzer.Analyze(a)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stages: {articles.Count} articles, {characters / 1e6:0.000} M characters ({source}), {rounds} rounds after one warm-up"));
        for (var round = -1; round < rounds; round++)
        {
            foreach (var article in articles)
            {
                var step = 0;
                var clock = ThreadClock.Now();
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                void Lap()
                {
                    var now = ThreadClock.Now();
                    var total = GC.GetAllocatedBytesForCurrentThread();
                    if (round >= 0)
                    {
                        seconds[step] += now - clock;
                        bytes[step] += total - allocated;
                    }

                    step++;
                    clock = ThreadClock.Now();
                    allocated = GC.GetAllocatedBytesForCurrentThread();
                }

                var document = loader.Load(article, CancellationToken.None);
                Lap();
                var candidates = extractor.Extract(document, CancellationToken.None);
                Lap();
                var attribution = attributor.Attribute(document, candidates, CancellationToken.None);
                Lap();
                evaluator.Evaluate(new ReliabilityContext(document, attribution.Statements, attribution.Entities, data, CancellationToken.None), []);
                Lap();
            }
        }

        var megabytes = characters * (double)rounds / 1e6;
        var totalSeconds = seconds.Sum();
        for (var i = 0; i < names.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{names[i],-12} {seconds[i] * 1000 / rounds,9:0.0} ms/round {100 * seconds[i] / totalSeconds,5:0.0}%  {megabytes / seconds[i],8:0.0} MB/s  {bytes[i] / (characters * (double)rounds),6:0.00} B/char"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"all",-12} {totalSeconds * 1000 / rounds,9:0.0} ms/round        {megabytes / totalSeconds,8:0.0} MB/s  {bytes.Sum() / (characters * (double)rounds),6:0.00} B/char ({(ThreadClock.IsCpuTime ? "CPU time of the thread" : "wall-clock time")})"));
    }

    /// <summary>The cue lexicon and the learnt cue model alone over every token of the articles (the largest sub-step of quotes).</summary>
    public static void CueModel(int rounds)
    {
        var (texts, source) = RealArticles.Load();
        var data = StatementKitData.Default;
        var cues = new CueMatcher(data);
        var loader = new DocumentLoader(data);
        var readers = texts.Select(t => loader.Load(Article.FromText(t), CancellationToken.None)).Select(d => new Text.TokenReader(d.Text, d.Tokens)).ToList();
        var characters = texts.Sum(t => (long)t.Length);
        var found = 0;
        var seconds = 0.0;
        var analyzer = StatementAnalyzer.CreateDefault();
        JitWarmUp.Run(() => texts.ToList().ForEach(t => analyzer.Analyze(Article.FromText(t))));
        for (var round = -1; round < rounds; round++)
        {
            var clock = ThreadClock.Now();
            foreach (var reader in readers)
            {
                for (var k = 0; k < reader.Count; k++)
                {
                    if (cues.Match(reader, k, out _) is null && cues.MatchLearned(reader, k) is not null)
                    {
                        found++;
                    }
                }
            }

            seconds += round >= 0 ? ThreadClock.Now() - clock : 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cue model alone over {source}: {seconds * 1000 / rounds:0.0} ms/round, {characters * (double)rounds / 1e6 / seconds:0.0} MB/s ({found / (rounds + 1)} learnt cues a round)"));
    }
}
