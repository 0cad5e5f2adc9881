using BenchmarkDotNet.Attributes;
using StatementKit.Neural;
using StatementKit.Neural.Decoding;
using StatementKit.Neural.Tagging;
using StatementKit.Neural.Tokenization;

namespace StatementKit.Benchmarks;

/// <summary>
/// The accurate mode, step by step, on 100 KB of text (the five seeds repeated), one thread: tokenising, the
/// encoder (all windows), decoding (spans and statements), and the whole analysis beside the fast mode's.
/// KB/s per core = 100 / mean seconds; tokens/s = the piece count printed at setup / mean seconds.
/// Run: dotnet run -c Release --project tests/StatementKit.Benchmarks -- --filter '*AccurateMode*'
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class AccurateModeBenchmarks
{
    private readonly WordPieceTokenizer tokenizer = WordPieceTokenizer.LoadEmbedded();
    private readonly NeuralTaggerOptions options = new();
    private readonly List<WordPiece> pieces = [];
    private StatementAnalyzer fast = null!;
    private StatementAnalyzer accurate = null!;
    private EncoderTagger encoder = null!;
    private TagScores scores = null!;
    private string text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var seeds = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 100_000)
        {
            foreach (var seed in seeds)
            {
                builder.Append(seed).Append("\n\n");
            }
        }

        text = builder.ToString(0, 100_000);
        tokenizer.Tokenize(text, pieces, CancellationToken.None);
        fast = StatementAnalyzer.CreateDefault();
        accurate = new StatementAnalyzerBuilder().UseNeuralTagger().Build();
        encoder = new EncoderTagger(File.ReadAllBytes(ModelPath()), tokenizer, options);
        scores = encoder.Score(pieces, CancellationToken.None);
        Console.WriteLine($"// 100,000 characters, {pieces.Count} word pieces");
    }

    [GlobalCleanup]
    public void Cleanup() => encoder.Dispose();

    [Benchmark]
    public int Tokenise()
    {
        var list = new List<WordPiece>(text.Length / 4);
        tokenizer.Tokenize(text, list, CancellationToken.None);
        return list.Count;
    }

    [Benchmark]
    public int Encoder() => encoder.Score(pieces, CancellationToken.None).PieceCount;

    [Benchmark]
    public int Decode()
    {
        var words = SpanDecoder.WordStarts(pieces);
        var cues = SpanDecoder.Decode(scores, pieces, words, Role.Cue);
        var sources = SpanDecoder.Decode(scores, pieces, words, Role.Source);
        var contents = SpanDecoder.Decode(scores, pieces, words, Role.Content);
        return RelationAssembler.Assemble(text, cues, sources, contents, options).Count;
    }

    [Benchmark(Baseline = true)]
    public ArticleAnalysis FastMode() => fast.Analyze(Article.FromText(text));

    [Benchmark]
    public ArticleAnalysis AccurateMode() => accurate.Analyze(Article.FromText(text));

    private static string ModelPath()
    {
        // The embedded model, written once to a temporary file so the encoder step can be timed alone.
        var path = Path.Combine(Path.GetTempPath(), "statementkit-benchmark-tagger.onnx");
        using var stream = typeof(NeuralTaggerOptions).Assembly.GetManifestResourceStream("StatementKit.Neural.Model.statement-tagger.onnx")!;
        using var file = File.Create(path);
        stream.CopyTo(file);
        return path;
    }
}
