using StatementKit.Neural.Tagging;
using StatementKit.Neural.Tokenization;

namespace StatementKit.Neural.Decoding;

/// <summary>
/// Reads well-formed spans out of the tag scores: a Viterbi pass per role over words (each scored by its first
/// piece) in which I may only follow B or I, so a span never starts in the middle and never breaks inside a word.
/// </summary>
internal static class SpanDecoder
{
    private const int O = 0, B = 1, I = 2;

    /// <summary>First piece of every word, in order.</summary>
    public static int[] WordStarts(IReadOnlyList<WordPiece> pieces)
    {
        var starts = new List<int>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            if (i == 0 || pieces[i].Word != pieces[i - 1].Word)
            {
                starts.Add(i);
            }
        }

        return [.. starts];
    }

    /// <summary>The spans of <paramref name="role"/>, in text order.</summary>
    /// <param name="scores">The model's scores.</param>
    /// <param name="pieces">The pieces they score.</param>
    /// <param name="words">First piece of each word (<see cref="WordStarts"/>).</param>
    /// <param name="role">The role to read.</param>
    /// <param name="bias">Added to the log-probabilities of B and I: above 0 reads more and longer spans (recall),
    /// below 0 fewer (precision).</param>
    public static List<TaggedSpan> Decode(TagScores scores, IReadOnlyList<WordPiece> pieces, int[] words, Role role, double bias = 0)
    {
        var spans = new List<TaggedSpan>();
        var n = words.Length;
        if (n == 0)
        {
            return spans;
        }

        // back[w * 3 + tag] = the best previous tag; best holds the running scores of the three tags.
        var back = new byte[n * 3];
        Span<double> best = [scores.LogProbability(words[0], role, O), scores.LogProbability(words[0], role, B) + bias, double.NegativeInfinity];
        Span<double> next = stackalloc double[3];
        for (var w = 1; w < n; w++)
        {
            var piece = words[w];
            var bestAny = best[O] >= best[B] ? (best[O] >= best[I] ? O : I) : (best[B] >= best[I] ? B : I);
            var bestInside = best[B] >= best[I] ? B : I;
            next[O] = best[bestAny] + scores.LogProbability(piece, role, O);
            next[B] = best[bestAny] + scores.LogProbability(piece, role, B) + bias;
            next[I] = best[bestInside] + scores.LogProbability(piece, role, I) + bias;
            back[w * 3 + O] = (byte)bestAny;
            back[w * 3 + B] = (byte)bestAny;
            back[w * 3 + I] = (byte)bestInside;
            next.CopyTo(best);
        }

        var tags = new byte[n];
        var last = best[O] >= best[B] ? (best[O] >= best[I] ? O : I) : (best[B] >= best[I] ? B : I);
        for (var w = n - 1; w >= 0; w--)
        {
            tags[w] = (byte)last;
            last = back[w * 3 + last];
        }

        for (var w = 0; w < n; w++)
        {
            if (tags[w] != B)
            {
                continue;
            }

            var end = w;
            while (end + 1 < n && tags[end + 1] == I)
            {
                end++;
            }

            double probability = 0;
            for (var k = w; k <= end; k++)
            {
                probability += Math.Exp(scores.LogProbability(words[k], role, B)) + Math.Exp(scores.LogProbability(words[k], role, I));
            }

            var lastPiece = end + 1 < n ? words[end + 1] - 1 : pieces.Count - 1;
            spans.Add(new TaggedSpan(TextSpan.FromBounds(pieces[words[w]].Start, pieces[lastPiece].End), probability / (end - w + 1)));
            w = end;
        }

        return spans;
    }
}
