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

    private Article seed = Article.FromText(string.Empty);
    private Article megabyte = Article.FromText(string.Empty);

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
    }

    [Benchmark(Baseline = true)]
    public ArticleAnalysis SeedArticle() => full.Analyze(seed);

    [Benchmark]
    public ArticleAnalysis OneMegabyte() => full.Analyze(megabyte);

    [Benchmark]
    public ArticleAnalysis OneMegabyteExtractionOnly() => extractionOnly.Analyze(megabyte);
}
