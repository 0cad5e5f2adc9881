namespace StatementKit.Text;

/// <summary>Binary search over items sorted by their start position.</summary>
internal static class SortedSearch
{
    /// <summary>Index of the last item whose start is at or before <paramref name="position"/>, or -1.</summary>
    public static int LastStartingAtOrBefore<T>(IReadOnlyList<T> items, int position, Func<T, int> start)
    {
        int lo = 0, hi = items.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (start(items[mid]) <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>Index of the first item whose key is at or above <paramref name="position"/> (the count when none is): keys ascend.</summary>
    public static int LowerBound<T>(IReadOnlyList<T> items, int position, Func<T, int> key)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (key(items[mid]) < position)
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
}
