using StatementKit.Pipeline;

namespace StatementKit.Neural.Decoding;

/// <summary>
/// Turns the decoded cue, source and content spans into statements: content pieces split by their attribution
/// (<c>“We are open,” she said, “and will stay.”</c>) are joined, each content takes the nearest cue in its
/// paragraph and that cue's nearest source as the speaker mention, which the speaker attributor then resolves.
/// </summary>
internal static class RelationAssembler
{
    private const string QuoteMarks = "\"“”‘’'«»„‹›";

    private const string Padding = QuoteMarks + " \t";

    /// <summary>A quote is rarely interrupted more than twice; the bound keeps a pathological chain linear.</summary>
    private const int MaxPieces = 8;

    public static List<QuoteCandidate> Assemble(string text, IReadOnlyList<TaggedSpan> cues, IReadOnlyList<TaggedSpan> sources,
        IReadOnlyList<TaggedSpan> contents, NeuralTaggerOptions options)
    {
        var statements = new List<QuoteCandidate>();
        var pieces = new List<TextSpan>();
        for (var i = 0; i < contents.Count; i++)
        {
            pieces.Clear();
            pieces.Add(contents[i].Span);
            var probability = contents[i].Probability;

            // Join the next piece when only an attribution (a cue, no sentence end, no line break) lies between.
            while (i + 1 < contents.Count && pieces.Count < MaxPieces && IsSplitByAttribution(text, pieces[^1], contents[i + 1].Span, cues, options))
            {
                i++;
                probability += contents[i].Probability;
                pieces.Add(contents[i].Span);
            }

            probability /= pieces.Count;
            var content = TextSpan.FromBounds(pieces[0].Start, pieces[^1].End);
            if (probability < options.MinimumContentProbability || !HasWord(text, content))
            {
                continue;
            }

            var cue = Nearest(text, cues, pieces, pieces, options.MaxCueDistance);
            var source = Nearest(text, sources, cue is { } found ? [found.Span] : pieces, pieces, options.MaxSourceDistance);
            statements.Add(Statement(text, content, cue?.Span, source?.Span, probability));
        }

        return statements;
    }

    private static QuoteCandidate Statement(string text, TextSpan span, TextSpan? cue, TextSpan? source, double probability)
    {
        var trimmed = Trim(text, span, QuoteMarks + " \t\r\n");
        var first = span.Length > 0 ? text[span.Start] : ' ';
        var last = span.Length > 0 ? text[span.End - 1] : ' ';
        var lastInner = trimmed.Length > 0 ? text[trimmed.End - 1] : ' ';
        var quoted = QuoteMarks.Contains(first, StringComparison.Ordinal)
            && (QuoteMarks.Contains(last, StringComparison.Ordinal) || lastInner is '.' or ',' or '!' or '?');
        var kind = quoted ? StatementKind.Direct
            : text.AsSpan(span.Start, span.Length).IndexOfAny("\"“”«»„") >= 0 ? StatementKind.Partial : StatementKind.Indirect;
        return new QuoteCandidate
        {
            Kind = kind,
            Content = kind == StatementKind.Direct ? trimmed : Trim(text, span, " \t\r\n"),
            Span = span,
            Cue = cue,
            SpeakerMention = source,
            Confidence = Math.Round(probability, 4),
        };
    }

    private static bool IsSplitByAttribution(string text, TextSpan first, TextSpan second, IReadOnlyList<TaggedSpan> cues, NeuralTaggerOptions options)
    {
        var gap = second.Start - first.End;
        if (gap < 0 || gap > options.MaxJoinGap)
        {
            return false;
        }

        var between = text.AsSpan(first.End, gap);
        if (between.IndexOfAny(".!?\n") >= 0)
        {
            return false;
        }

        if (options.JoinOnlyInterruptions && !IsInterruption(text, first, second))
        {
            return false;
        }

        var k = FirstEndingAfter(cues, first.End);
        return k < cues.Count && cues[k].Span.Start >= first.End && cues[k].Span.End <= second.Start;
    }

    /// <summary>
    /// Whether the words between two content pieces interrupt one statement: set off by commas (or dashes, a colon)
    /// on both sides, as in <c>“We are open,” she said, “and will stay.”</c> or <c>The point, he argued, is …</c>;
    /// the punctuation may lie inside either piece or in the gap.
    /// </summary>
    private static bool IsInterruption(string text, TextSpan first, TextSpan second)
    {
        var firstPiece = text.AsSpan(first.Start, first.Length).TrimEnd(Padding);
        var gap = text.AsSpan(first.End, second.Start - first.End).Trim(Padding);
        var opens = firstPiece.Length > 0 && IsSetOff(firstPiece[^1]) || gap.Length > 0 && IsSetOff(gap[0]);
        var upToSecond = text.AsSpan(first.Start, second.Start - first.Start).TrimEnd(Padding);
        return opens && upToSecond.Length > 0 && IsSetOff(upToSecond[^1]);
    }

    private static bool IsSetOff(char c) => c is ',' or '—' or '–' or ':';

    /// <summary>
    /// The candidate nearest to one of <paramref name="anchors"/> within <paramref name="maxDistance"/> characters and
    /// the same paragraph, overlapping none of the anchors and none of <paramref name="excluded"/>.
    /// </summary>
    private static TaggedSpan? Nearest(string text, IReadOnlyList<TaggedSpan> candidates, IReadOnlyList<TextSpan> anchors,
        IReadOnlyList<TextSpan> excluded, int maxDistance)
    {
        TaggedSpan? best = null;
        var bestDistance = int.MaxValue;
        var from = anchors[0].Start - maxDistance;
        var to = anchors[^1].End + maxDistance;

        // Candidates are in text order: start at the first that can lie within reach.
        for (var k = FirstEndingAfter(candidates, from); k < candidates.Count && candidates[k].Span.Start <= to; k++)
        {
            var span = candidates[k].Span;
            if (OverlapsAny(span, anchors) || OverlapsAny(span, excluded))
            {
                continue;
            }

            foreach (var anchor in anchors)
            {
                var (gapStart, gapEnd) = span.End <= anchor.Start ? (span.End, anchor.Start) : (anchor.End, span.Start);
                var distance = gapEnd - gapStart;
                if (distance <= maxDistance && distance < bestDistance && !text.AsSpan(gapStart, distance).Contains('\n'))
                {
                    best = candidates[k];
                    bestDistance = distance;
                }
            }
        }

        return best;
    }

    private static int FirstEndingAfter(IReadOnlyList<TaggedSpan> spans, int position)
    {
        int lo = 0, hi = spans.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].Span.End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static bool OverlapsAny(TextSpan span, IReadOnlyList<TextSpan> others)
    {
        foreach (var other in others)
        {
            if (span.Start < other.End && other.Start < span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWord(string text, TextSpan span)
    {
        foreach (var c in text.AsSpan(span.Start, span.Length))
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static TextSpan Trim(string text, TextSpan span, string characters)
    {
        int start = span.Start, end = span.End;
        while (start < end && characters.Contains(text[start], StringComparison.Ordinal))
        {
            start++;
        }

        while (end > start && characters.Contains(text[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
