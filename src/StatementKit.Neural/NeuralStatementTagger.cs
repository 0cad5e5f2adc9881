using System.Reflection;
using StatementKit.Neural.Decoding;
using StatementKit.Neural.Tagging;
using StatementKit.Neural.Tokenization;
using StatementKit.Pipeline;

namespace StatementKit.Neural;

/// <summary>
/// The learnt proposer: tokenises the text once, scores every piece with the encoder, decodes well-formed cue,
/// source and content spans and assembles them into statements. Thread-safe.
/// </summary>
internal sealed class NeuralStatementTagger : IDisposable
{
    private readonly WordPieceTokenizer tokenizer;
    private readonly EncoderTagger encoder;
    private readonly NeuralTaggerOptions options;

    public NeuralStatementTagger(NeuralTaggerOptions options)
    {
        this.options = options;
        tokenizer = WordPieceTokenizer.LoadEmbedded();
        encoder = new EncoderTagger(options.ModelPath is { } path ? File.ReadAllBytes(path) : ReadModel(), tokenizer, options);
    }

    public TaggedText Tag(string text, CancellationToken cancellationToken)
    {
        var pieces = new List<WordPiece>(text.Length / 4);
        tokenizer.Tokenize(text, pieces, cancellationToken);
        var scores = encoder.Score(pieces, cancellationToken);
        var words = SpanDecoder.WordStarts(pieces);
        var cues = SpanDecoder.Decode(scores, pieces, words, Role.Cue, options.CueBias);
        var sources = SpanDecoder.Decode(scores, pieces, words, Role.Source, options.SourceBias);
        var contents = SpanDecoder.Decode(scores, pieces, words, Role.Content, options.ContentBias);
        return new TaggedText(RelationAssembler.Assemble(text, cues, sources, contents, options), sources);
    }

    public void Dispose() => encoder.Dispose();

    private static byte[] ReadModel()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("StatementKit.Neural.Model.statement-tagger.onnx")
            ?? throw new InvalidOperationException("The embedded model statement-tagger.onnx is missing.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
