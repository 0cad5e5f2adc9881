namespace StatementKit.Text;

/// <summary>
/// The one binary search over sorted items: every "first at or after" and "last at or before" question asks it, so
/// that an off-by-one is fixed in one place.
/// </summary>
internal static class SortedSearch
{
    /// <summary>
    /// Index of the first item whose <paramref name="key"/> is at least <paramref name="value"/> (the items' count if
    /// none is), for items sorted by that key.
    /// </summary>
    public static int LowerBound<T>(IReadOnlyList<T> items, int value, Func<T, int> key)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (key(items[mid]) < value)
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

    /// <summary>Index of the last item whose start is at or before <paramref name="position"/>, or -1.</summary>
    public static int LastStartingAtOrBefore<T>(IReadOnlyList<T> items, int position, Func<T, int> start) =>
        position == int.MaxValue ? items.Count - 1 : LowerBound(items, position + 1, start) - 1;
}
