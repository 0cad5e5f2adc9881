using BenchmarkDotNet.Attributes;
using StatementKit;

namespace StatementKit.Benchmarks;

/// <summary>
/// Whole-pipeline throughput on a seed article (about 5 KB), on a 1 MB article made of the five seeds repeated, and
/// with speaker attribution switched off. Run: dotnet run -c Release --project tests/StatementKit.Benchmarks.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class AnalyzerBenchmarks
{
    private readonly StatementAnalyzer full = StatementAnalyzer.CreateDefault();
    private readonly StatementAnalyzer extractionOnly = StatementAnalyzer.CreateDefault(o =>
    {
        o.AttributeSpeakers = false;
        o.EvaluateReliability = false;
    });

    private readonly Quotes.CueMatcher cues = new(Data.StatementKitData.Default);
    private Article seed = Article.FromText(string.Empty);
    private Article megabyte = Article.FromText(string.Empty);
    private Text.TokenReader megabyteTokens;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var seeds = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        seed = Article.FromText(seeds[3]);
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 1_000_000)
        {
            foreach (var text in seeds)
            {
                builder.Append(text).Append("\n\n");
            }
        }

        megabyte = Article.FromText(builder.ToString());
        var whole = builder.ToString();
        megabyteTokens = new Text.TokenReader(whole, Text.Tokenizer.Tokenize(whole, new TextSpan(0, whole.Length)));
    }

    [Benchmark(Baseline = true)]
    public ArticleAnalysis SeedArticle() => full.Analyze(seed);

    [Benchmark]
    public ArticleAnalysis OneMegabyte() => full.Analyze(megabyte);

    [Benchmark]
    public ArticleAnalysis OneMegabyteExtractionOnly() => extractionOnly.Analyze(megabyte);

    /// <summary>The lexicon and the learnt cue model alone: every word of the 1 MB article looked up, and scored when the lexicon does not know it.</summary>
    [Benchmark]
    public int OneMegabyteCueModelOnly()
    {
        var found = 0;
        for (var k = 0; k < megabyteTokens.Count; k++)
        {
            if (cues.Match(megabyteTokens, k, out _) is null && cues.MatchLearned(megabyteTokens, k) is not null)
            {
                found++;
            }
        }

        return found;
    }
}
