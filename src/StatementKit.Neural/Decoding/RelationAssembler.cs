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

    public static List<QuoteCandidate> Assemble(string text, IReadOnlyList<TaggedSpan> cues, IReadOnlyList<TaggedSpan> sources,
        IReadOnlyList<TaggedSpan> contents, NeuralTaggerOptions options)
    {
        var statements = new List<QuoteCandidate>();
        for (var i = 0; i < contents.Count; i++)
        {
            var content = contents[i].Span;
            var probability = contents[i].Probability;
            var pieces = 1;

            // Join the next piece when only an attribution (a cue, no sentence end, no line break) lies between.
            while (i + 1 < contents.Count && IsSplitByAttribution(text, content, contents[i + 1].Span, cues, options))
            {
                i++;
                probability += contents[i].Probability;
                pieces++;
                content = TextSpan.FromBounds(content.Start, contents[i].Span.End);
            }

            probability /= pieces;
            if (probability < options.MinimumContentProbability || !HasWord(text, content))
            {
                continue;
            }

            var cue = Nearest(text, cues, content, options.MaxCueDistance);
            var source = Nearest(text, sources, cue?.Span ?? content, options.MaxSourceDistance, exclude: content);
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

        foreach (var cue in cues)
        {
            if (cue.Span.Start >= first.End && cue.Span.End <= second.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The span nearest to <paramref name="anchor"/> in the same paragraph, not inside <paramref name="exclude"/>.</summary>
    private static TaggedSpan? Nearest(string text, IReadOnlyList<TaggedSpan> candidates, TextSpan anchor, int maxDistance, TextSpan? exclude = null)
    {
        TaggedSpan? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var span = candidate.Span;
            if (span.Start < anchor.End && anchor.Start < span.End
                || exclude is { } inside && span.Start < inside.End && inside.Start < span.End)
            {
                continue;
            }

            var (from, to) = span.End <= anchor.Start ? (span.End, anchor.Start) : (anchor.End, span.Start);
            var distance = to - from;
            if (distance > maxDistance || distance >= bestDistance || text.AsSpan(from, to - from).Contains('\n'))
            {
                continue;
            }

            best = candidate;
            bestDistance = distance;
        }

        return best;
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
