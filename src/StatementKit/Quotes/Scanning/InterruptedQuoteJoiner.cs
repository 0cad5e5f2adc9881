using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Quotes.Scanning;

/// <summary>
/// A quote split by its attribution, <c>“We are open,” she said, “and will stay open.”</c> or <c>“We are open,” she
/// said. “We will stay open.”</c>, is one utterance: the two quotes become one statement whose content runs across
/// the attribution (as annotated corpora such as PolNeAR count it).
/// </summary>
internal sealed class InterruptedQuoteJoiner : IQuotePostProcessor
{
    private const int MaxAttributionAdjunctWords = 8;

    public List<QuoteCandidate> Process(QuoteScan scan, List<QuoteCandidate> candidates)
    {
        var text = scan.Document.Text;
        candidates.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (var i = candidates.Count - 2; i >= 0; i--)
        {
            var first = candidates[i];
            if (first is not { Kind: StatementKind.Direct, IsNested: false, SpeakerMention: { } mention, Cue: { } cue }
                || text[first.Content.End - 1] != ',' || mention.Start < first.Span.End)
            {
                continue;
            }

            var j = i + 1;
            while (j < candidates.Count && candidates[j].Span.Start < mention.End)
            {
                j++; // reported-speech candidates starting inside the attribution
            }

            if (j >= candidates.Count || candidates[j] is not { Kind: StatementKind.Direct, IsNested: false } second
                || second.SpeakerMention is { } own && own != mention
                || !OnlyAttributionBetween(text, first.Span.End, second.Span.Start, cue, mention))
            {
                continue;
            }

            candidates[i] = first with
            {
                Content = TextSpan.FromBounds(first.Content.Start, second.Content.End),
                Span = TextSpan.FromBounds(first.Span.Start, second.Span.End),
                Parts = [.. PartsOf(first), .. PartsOf(second)],
            };
            candidates.RemoveAt(j);
        }

        return candidates;
    }

    private static IReadOnlyList<TextSpan> PartsOf(QuoteCandidate candidate) => candidate.Parts.Count > 0 ? candidate.Parts : [candidate.Content];

    /// <summary>
    /// Whether only the attribution lies between two quotes: the cue, the speaker phrase, punctuation, and a short
    /// adjunct of the attribution ("during Saturday's debate").
    /// </summary>
    private static bool OnlyAttributionBetween(string text, int from, int to, TextSpan cue, TextSpan mention)
    {
        var otherWords = 0;
        var inWord = false;
        for (var k = from; k < to; k++)
        {
            // A line break or another quotation (a mark not inside a word) means more than an attribution.
            var startsQuote = Characters.IsQuoteMark(text[k]) && !(k > from && char.IsLetter(text[k - 1]));
            if (Characters.IsLineBreak(text[k]) || startsQuote)
            {
                return false;
            }

            var outside = char.IsLetterOrDigit(text[k]) && !cue.Contains(k) && !mention.Contains(k);
            if (outside && !inWord && ++otherWords > MaxAttributionAdjunctWords)
            {
                return false;
            }

            inWord = outside;
        }

        return true;
    }
}
