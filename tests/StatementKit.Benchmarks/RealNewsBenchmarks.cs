using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Pipeline;
using StatementKit.Quotes;
using StatementKit.Reliability;
using StatementKit.Reliability.Outlets;
using StatementKit.Speakers;
using StatementKit.Text;

namespace StatementKit.Benchmarks;

/// <summary>
/// Throughput on real news: the PolNeAR dev articles (84 articles, 0.41 M characters, read from ../shared when present,
/// the seeds repeated to the same size otherwise) analysed one by one with default options on one thread; each stage
/// (loading, quotes, speakers, reliability) and the largest sub-steps on their own; the median-sized article against
/// the same article 64 times over; the Readability test pages as HTML. The MB/s and B/char columns divide by the
/// characters each benchmark reads. Run: dotnet run -c Release --project tests/StatementKit.Benchmarks -- --filter '*RealNews*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class RealNewsBenchmarks
{
    private const int LongArticleRepeats = 64;
    private readonly StatementKitData data = StatementKitData.Default;
    private readonly StatementAnalyzer analyzer = StatementAnalyzer.CreateDefault();
    private readonly ReliabilityEvaluator evaluator = new(StatementAnalyzerBuilder.DefaultRules(), new StatementKitOptions());
    private DocumentLoader loader = null!;
    private QuoteExtractor extractor = null!;
    private SpeakerAttributor attributor = null!;
    private CueMatcher cues = null!;
    private NameMentionFinder names = null!;
    private List<Article> articles = [];
    private List<AnalysisDocument> documents = [];
    private List<CommonWords> commonWords = [];
    private List<IReadOnlyList<QuoteCandidate>> candidates = [];
    private List<SpeakerAttributionResult> attributions = [];
    private List<Article> pages = [];
    private Article median = Article.FromText(string.Empty);
    private Article longArticle = Article.FromText(string.Empty);

    [GlobalSetup]
    public void Setup()
    {
        loader = new DocumentLoader(data);
        extractor = new QuoteExtractor(data);
        attributor = new SpeakerAttributor(data);
        cues = new CueMatcher(data);
        names = new NameMentionFinder(data);
        var corpus = Corpus.Instance;
        articles = [.. corpus.Texts.Select(Article.FromText)];
        documents = [.. articles.Select(a => loader.Load(a, CancellationToken.None))];
        commonWords = [.. documents.Select(d => CommonWords.Of(new TokenReader(d.Text, d.Tokens), CancellationToken.None))];
        candidates = [.. documents.Select(d => extractor.Extract(d, CancellationToken.None))];
        attributions = [.. documents.Select((d, i) => attributor.Attribute(d, candidates[i], CancellationToken.None))];
        pages = [.. corpus.Pages.Select(Article.FromHtml)];
        median = Article.FromText(corpus.Median);
        longArticle = Article.FromText(corpus.Long);
        JitWarmUp.Run(() => (Articles(), HtmlPages()).ToString());
        Console.WriteLine($"// {corpus.Source}: {articles.Count} articles, {corpus.Characters:N0} characters; median article {corpus.Median.Length:N0}; {pages.Count} HTML pages");
    }

    [Benchmark(Baseline = true, Description = "dev articles, whole analysis")]
    public int Articles()
    {
        var statements = 0;
        foreach (var article in articles)
        {
            statements += analyzer.Analyze(article).Statements.Count;
        }

        return statements;
    }

    [Benchmark(Description = "stage: loading (segmenting, tokenizing)")]
    public int Loading()
    {
        var tokens = 0;
        foreach (var article in articles)
        {
            tokens += loader.Load(article, CancellationToken.None).Tokens.Count;
        }

        return tokens;
    }

    [Benchmark(Description = "stage: quotes")]
    public int Quotes()
    {
        var found = 0;
        foreach (var document in documents)
        {
            found += extractor.Extract(document, CancellationToken.None).Count;
        }

        return found;
    }

    [Benchmark(Description = "stage: speakers")]
    public int Speakers()
    {
        var entities = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            entities += attributor.Attribute(documents[i], candidates[i], CancellationToken.None).Entities.Count;
        }

        return entities;
    }

    [Benchmark(Description = "stage: reliability")]
    public int Reliability()
    {
        var flags = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            var context = new ReliabilityContext(documents[i], attributions[i].Statements, attributions[i].Entities, data, CancellationToken.None);
            flags += evaluator.Evaluate(context, []).Flags.Count;
        }

        return flags;
    }

    [Benchmark(Description = "quotes: cue lexicon and learnt cue model, every token")]
    public int CueModel()
    {
        var found = 0;
        foreach (var document in documents)
        {
            var reader = new TokenReader(document.Text, document.Tokens);
            for (var k = 0; k < reader.Count; k++)
            {
                found += cues.Match(reader, k, out _) is null && cues.MatchLearned(reader, k) is not null ? 1 : 0;
            }
        }

        return found;
    }

    [Benchmark(Description = "speakers: name finder")]
    public int NameFinder()
    {
        var found = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            // The document's common words come from setup, as the speaker stage computes them before the name finder.
            found += names.Find(new TokenReader(documents[i].Text, documents[i].Tokens), commonWords[i], CancellationToken.None).Count;
        }

        return found;
    }

    [Benchmark(Description = "reliability: outlet recogniser")]
    public int Outlets()
    {
        var found = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            found += OutletMentionFinder.Find(documents[i], attributions[i].Statements, data, CancellationToken.None).Count;
        }

        return found;
    }

    [Benchmark(Description = "median article, whole analysis")]
    public ArticleAnalysis MedianArticle() => analyzer.Analyze(median);

    [Benchmark(Description = "median article x64 as one text")]
    public ArticleAnalysis LongArticle() => analyzer.Analyze(longArticle);

    [Benchmark(Description = "Readability pages (HTML), whole analysis")]
    public int HtmlPages()
    {
        var statements = 0;
        foreach (var page in pages)
        {
            statements += analyzer.Analyze(page).Statements.Count;
        }

        return statements;
    }

    /// <summary>The texts, shared by the benchmarks and the columns (which run in the host process, without the set-up).</summary>
    private sealed class Corpus
    {
        public static readonly Corpus Instance = new();

        private Corpus()
        {
            (Texts, Source) = RealArticles.Load();
            Pages = RealArticles.HtmlPages();
            Characters = Texts.Sum(t => (long)t.Length);
            Median = Texts.OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ElementAt(Texts.Count / 2);
            Long = string.Join("\n\n", Enumerable.Repeat(Median, LongArticleRepeats));
        }

        public IReadOnlyList<string> Texts { get; }

        public string Source { get; }

        public IReadOnlyList<string> Pages { get; }

        public long Characters { get; }

        public string Median { get; }

        public string Long { get; }

        /// <summary>The characters a benchmark reads (HTML pages: characters of markup).</summary>
        public long CharactersOf(string method) => method switch
        {
            nameof(MedianArticle) => Median.Length,
            nameof(LongArticle) => Long.Length,
            nameof(HtmlPages) => Pages.Sum(p => (long)p.Length),
            _ => Characters,
        };
    }

    /// <summary>MB/s (millions of characters a second) and allocated bytes per character of each benchmark.</summary>
    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(new PerCharacterColumn("MB/s", (characters, mean, _) => characters / (mean / 1e9) / 1e6, "0.00"));
            AddColumn(new PerCharacterColumn("B/char", (characters, _, bytes) => bytes / (double)characters, "0.00"));
        }
    }

    private sealed class PerCharacterColumn(string name, Func<long, double, long, double> value, string format) : IColumn
    {
        public string Id => name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => name == "MB/s" ? "Millions of characters analysed a second (one thread)" : "Bytes allocated per character analysed";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } statistics)
            {
                return "-";
            }

            var characters = Corpus.Instance.CharactersOf(benchmarkCase.Descriptor.WorkloadMethod.Name);
            var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) ?? 0;
            return characters == 0 ? "-" : value(characters, statistics.Mean, bytes).ToString(format, System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
