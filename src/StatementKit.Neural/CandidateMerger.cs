using StatementKit.Pipeline;

namespace StatementKit.Neural;

/// <summary>
/// Merges the rules' statements and the tagger's into one set in document order: the rules' quotes win where they
/// overlap a tagged statement (their marks give exact boundaries), the tagger's reading wins for reported speech,
/// and a statement keeps a speaker mention from the other side when it has none of its own.
/// </summary>
internal static class CandidateMerger
{
    /// <summary>Two statements are one when their contents overlap by half of the shorter.</summary>
    private const double SameStatement = 0.5;

    public static List<QuoteCandidate> Merge(IReadOnlyList<QuoteCandidate> rules, IReadOnlyList<QuoteCandidate> tagged, NeuralTaggerOptions options)
    {
        var kept = new List<QuoteCandidate>(rules.Count + tagged.Count);
        var ruleQuotes = options.PreferRuleQuotes ? rules.Where(r => r.Kind == StatementKind.Direct).ToList() : [];
        var quotes = SortedByStart(ruleQuotes);
        foreach (var quote in ruleQuotes)
        {
            var partner = quote.SpeakerMention is null ? FirstOverlapping(tagged, quote) : null;
            kept.Add(partner?.SpeakerMention is { } mention ? quote with { SpeakerMention = mention, Cue = quote.Cue ?? partner.Cue } : quote);
        }

        var byStart = options.PreferRuleSpeakers ? SortedByStart(rules.Where(r => r.SpeakerMention is not null)) : [];
        foreach (var candidate in tagged)
        {
            if (OverlapsAny(quotes, candidate))
            {
                continue;
            }

            // Optionally the rules' speaker where both read the same statement (see NeuralTaggerOptions.PreferRuleSpeakers).
            kept.Add(FirstSame(byStart, candidate) is { SpeakerMention: { } mention } rule && options.PreferRuleSpeakers
                ? candidate with { SpeakerMention = mention, Cue = rule.Cue ?? candidate.Cue }
                : candidate);
        }

        if (options.KeepUncoveredRuleStatements)
        {
            var taken = SortedByStart(kept);
            foreach (var rule in rules)
            {
                if (rule.Kind != StatementKind.Direct && !OverlapsAny(taken, rule))
                {
                    kept.Add(rule);
                }
            }
        }

        kept.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
        return kept;
    }

    internal static List<QuoteCandidate> SortedByStart(IEnumerable<QuoteCandidate> candidates)
    {
        var list = candidates.ToList();
        list.Sort(static (a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return list;
    }

    private static QuoteCandidate? FirstOverlapping(IReadOnlyList<QuoteCandidate> candidates, QuoteCandidate target)
    {
        foreach (var candidate in candidates)
        {
            if (IsSame(candidate.Content, target.Content))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Whether a statement of <paramref name="sorted"/> (sorted by content start) is the same as <paramref name="candidate"/>.</summary>
    private static bool OverlapsAny(List<QuoteCandidate> sorted, QuoteCandidate candidate) => FirstSame(sorted, candidate) is not null;

    /// <summary>A statement of <paramref name="sorted"/> (sorted by content start) that is the same as <paramref name="candidate"/>.</summary>
    internal static QuoteCandidate? FirstSame(List<QuoteCandidate> sorted, QuoteCandidate candidate)
    {
        // Contents do not nest deeply, so scanning back from the first start past the candidate's end is short.
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].Content.Start < candidate.Content.End)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo - 1; i >= 0 && lo - i <= 64; i--)
        {
            if (IsSame(sorted[i].Content, candidate.Content))
            {
                return sorted[i];
            }
        }

        return null;
    }

    private static bool IsSame(TextSpan a, TextSpan b)
    {
        var overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        return overlap > 0 && overlap >= SameStatement * Math.Min(a.Length, b.Length);
    }
}
