using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Merging;

/// <summary>When two proposers' statements are the same statement: their contents overlap by half of the shorter.</summary>
internal static class StatementOverlap
{
    private const double SameStatement = 0.5;

    /// <summary>The farthest a search looks back from the first start past a candidate's end: contents do not nest deeply.</summary>
    private const int MaxLookBack = 64;

    public static bool IsSame(TextSpan a, TextSpan b)
    {
        var overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        return overlap > 0 && overlap >= SameStatement * Math.Min(a.Length, b.Length);
    }

    /// <summary>The candidates sorted by content start.</summary>
    public static List<QuoteCandidate> SortedByStart(IEnumerable<QuoteCandidate> candidates)
    {
        var list = candidates.ToList();
        list.Sort(static (a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return list;
    }

    /// <summary>The first of <paramref name="candidates"/>, in their order, that is the same as <paramref name="target"/>.</summary>
    public static QuoteCandidate? FirstSameInOrder(IEnumerable<QuoteCandidate> candidates, QuoteCandidate target)
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

    /// <summary>A statement of <paramref name="sorted"/> (sorted by content start) that is the same as <paramref name="candidate"/>.</summary>
    public static QuoteCandidate? FirstSame(List<QuoteCandidate> sorted, QuoteCandidate candidate)
    {
        var lo = SortedSearch.LowerBound(sorted, candidate.Content.End, static c => c.Content.Start);
        for (var i = lo - 1; i >= 0 && lo - i <= MaxLookBack; i--)
        {
            if (IsSame(sorted[i].Content, candidate.Content))
            {
                return sorted[i];
            }
        }

        return null;
    }

    /// <summary>The span of <paramref name="sorted"/> (disjoint, in text order) overlapping <paramref name="span"/>, or null.</summary>
    public static TextSpan? Overlapping(IReadOnlyList<TextSpan> sorted, TextSpan? span)
    {
        if (span is not { } target)
        {
            return null;
        }

        var lo = SortedSearch.LowerBound(sorted, target.Start + 1, static s => s.End);
        return lo < sorted.Count && sorted[lo].Start < target.End ? sorted[lo] : null;
    }
}
