using Microsoft.ML.OnnxRuntime;
using StatementKit.Neural.Tokenization;

namespace StatementKit.Neural.Tagging;

/// <summary>
/// Runs the tagging model over a whole text: the pieces are cut into overlapping windows (each piece is scored by
/// the window where it has the most context on both sides), windows run in batches. Thread-safe: ONNX Runtime
/// sessions may be run concurrently, and every call has its own buffers.
/// </summary>
internal sealed class EncoderTagger : IDisposable
{
    private static readonly string[] InputNames = ["input_ids", "attention_mask"];
    private static readonly string[] OutputNames = ["logits"];

    private readonly InferenceSession session;
    private readonly WordPieceTokenizer tokenizer;
    private readonly int windowPieces;
    private readonly int overlap;
    private readonly int batchSize;

    public EncoderTagger(byte[] model, WordPieceTokenizer tokenizer, NeuralTaggerOptions options)
    {
        using var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            IntraOpNumThreads = options.IntraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        session = new InferenceSession(model, sessionOptions);
        this.tokenizer = tokenizer;
        windowPieces = options.WindowPieces - 2; // [CLS] and [SEP]
        overlap = options.WindowOverlap;
        batchSize = options.BatchSize;
    }

    /// <summary>Window starts (piece indices): windows of <c>windowPieces</c> pieces advancing by all but the overlap.</summary>
    public static List<int> WindowStarts(int pieceCount, int windowPieces, int overlap)
    {
        var starts = new List<int> { 0 };
        var step = Math.Max(1, windowPieces - overlap);
        while (starts[^1] + windowPieces < pieceCount)
        {
            starts.Add(Math.Min(starts[^1] + step, pieceCount - windowPieces));
        }

        return starts;
    }

    /// <summary>Scores every piece of <paramref name="pieces"/>.</summary>
    public TagScores Score(IReadOnlyList<WordPiece> pieces, CancellationToken cancellationToken)
    {
        var scores = new TagScores(pieces.Count);
        if (pieces.Count == 0)
        {
            return scores;
        }

        var starts = WindowStarts(pieces.Count, windowPieces, overlap);
        for (var first = 0; first < starts.Count; first += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(batchSize, starts.Count - first);
            RunBatch(pieces, starts, first, count, scores);
        }

        return scores;
    }

    private void RunBatch(IReadOnlyList<WordPiece> pieces, List<int> starts, int first, int count, TagScores scores)
    {
        var length = 0;
        for (var w = first; w < first + count; w++)
        {
            length = Math.Max(length, Math.Min(windowPieces, pieces.Count - starts[w]) + 2);
        }

        var ids = new long[count * length];
        var mask = new long[count * length];
        for (var b = 0; b < count; b++)
        {
            var start = starts[first + b];
            var n = Math.Min(windowPieces, pieces.Count - start);
            var row = b * length;
            ids[row] = tokenizer.ClassToken;
            for (var i = 0; i < n; i++)
            {
                ids[row + 1 + i] = pieces[start + i].Id;
            }

            ids[row + 1 + n] = tokenizer.Separator;
            for (var i = n + 2; i < length; i++)
            {
                ids[row + i] = tokenizer.Padding;
            }

            mask.AsSpan(row, n + 2).Fill(1);
        }

        long[] shape = [count, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, InputNames, [idsValue, maskValue], OutputNames);
        var logits = outputs[0].GetTensorDataAsSpan<float>();
        for (var b = 0; b < count; b++)
        {
            var w = first + b;
            var start = starts[w];
            var n = Math.Min(windowPieces, pieces.Count - start);

            // Each piece is read from the window where it sits furthest from an edge: the overlap is split in half.
            var from = w == 0 ? 0 : (start + Math.Min(starts[w - 1] + windowPieces, pieces.Count) + 1) / 2;
            var to = w == starts.Count - 1 ? start + n : (starts[w + 1] + start + n + 1) / 2;
            for (var piece = Math.Max(from, start); piece < Math.Min(to, start + n); piece++)
            {
                var position = b * length + 1 + (piece - start);
                scores.Set(piece, logits.Slice(position * TagScores.PerPiece, TagScores.PerPiece));
            }
        }
    }

    public void Dispose() => session.Dispose();
}
