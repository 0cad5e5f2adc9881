namespace StatementKit.Text;

/// <summary>Sorted, non-nested spans with logarithmic look-ups of "which span holds this position".</summary>
internal sealed class SpanSet
{
    private readonly List<TextSpan> spans;

    public SpanSet(IEnumerable<TextSpan> spans)
    {
        // Sorted in place: the key arrays and sorter of an ordered query were a measurable part of each set. Spans
        // that compare equal here are equal, so an unstable sort gives the same list as a stable one.
        this.spans = [.. spans];
        this.spans.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
    }

    public bool Contains(int position)
    {
        var index = AnalysisIndex(position);
        return index >= 0 && spans[index].Contains(position);
    }

    /// <summary>Whether some span lies wholly inside <paramref name="range"/>.</summary>
    public bool AnyWithin(TextSpan range)
    {
        var index = AnalysisIndex(range.End - 1);
        for (var i = index; i >= 0 && spans[i].End > range.Start - 1; i--)
        {
            if (range.Contains(spans[i]))
            {
                return true;
            }

            if (spans[i].Start < range.Start)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Index of the last span starting at or before <paramref name="position"/> and covering the furthest.</summary>
    private int AnalysisIndex(int position)
    {
        var found = SortedSearch.LastStartingAtOrBefore(spans, position, static s => s.Start);

        // Among spans starting before the position, an earlier, longer one may still cover it.
        for (var i = found; i >= 0 && i > found - 4; i--)
        {
            if (spans[i].Contains(position))
            {
                return i;
            }
        }

        return found;
    }
}
