namespace StatementKit.Documents;

/// <summary>
/// Furniture that sits inside or beside the chosen content and that Readability's figures miss, found by shape alone
/// (no site names, no words): the labels of images and figures ("Image", "Photo", a chart's name beside its picture)
/// and lists of other stories (teasers: three or more headings, every one a link, with a picture or a line of summary
/// each). Both are linear: every element is looked at once, and a heading counts for at most four ancestors.
/// </summary>
internal static class ContentFurniture
{
    /// <summary>Text shorter than this beside an image, or inside a figure outside its caption, is a label, not prose.</summary>
    internal const int MaxLabelChars = 25;

    /// <summary>How many linked headings make a list of other stories.</summary>
    internal const int MinTeasers = 3;

    /// <summary>The most text besides its headline a teaser has, on average: a line or two of summary.</summary>
    internal const int MaxSummaryChars = 250;

    private const int HeadingLevels = 4;

    /// <summary>
    /// Marks the labels and teaser lists inside <paramref name="roots"/>, and takes out of them the roots that are teaser
    /// lists (siblings taken in with the content; never <paramref name="top"/>), marked as related.
    /// </summary>
    public static void Mark(PageTree tree, List<int> roots, int top, RemovedBlockKind?[] removal, CancellationToken cancellationToken)
    {
        var linkedHeadings = LinkedHeadings(tree, roots, cancellationToken);
        roots.RemoveAll(root =>
        {
            var teasers = root != top && removal[root] is null && IsTeaserList(tree, root, linkedHeadings);
            removal[root] = teasers ? RemovedBlockKind.Related : removal[root];
            return teasers;
        });
        foreach (var root in roots)
        {

            for (var i = root + 1; i < tree.SubtreeEnd[root]; i++)
            {
                if (removal[i] is not null || tree.Skipped[i])
                {
                    i = tree.SubtreeEnd[i] - 1;
                    continue;
                }

                if (IsTeaserList(tree, i, linkedHeadings))
                {
                    removal[i] = RemovedBlockKind.Related;
                    i = tree.SubtreeEnd[i] - 1;
                }
                else if (IsMediaLabel(tree, i))
                {
                    removal[i] = RemovedBlockKind.Caption;
                    i = tree.SubtreeEnd[i] - 1;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>
    /// A short text that only names a picture: in an element that holds an image and little else, or in a figure
    /// outside its caption, quotation and paragraphs. A sentence (ending in a full stop) is never a label.
    /// </summary>
    private static bool IsMediaLabel(PageTree tree, int i)
    {
        var stats = tree.Stats[i];
        if (stats.TextChars == 0 || stats.TextChars >= MaxLabelChars || tree.Tag(i) is "p" or "blockquote" or "figcaption" or "li" or "td" or "th"
            || tree.Tag(i).Length == 2 && tree.Tag(i)[0] == 'h' && char.IsAsciiDigit(tree.Tag(i)[1]))
        {
            return false;
        }

        if (stats.Images == 0 && !InFigure(tree, i))
        {
            return false;
        }

        // Only now the text (a string per element): most short elements hold no picture and are in no figure.
        var text = tree.Elements[i].TextContent.AsSpan().Trim();
        return text.Length == 0 || text[^1] is not ('.' or '!' or '?' or '”' or '"');
    }

    private static bool InFigure(PageTree tree, int i)
    {
        for (int parent = tree.Parent[i], level = 0; parent >= 0 && level < 3; parent = tree.Parent[parent], level++)
        {
            if (tree.Tag(parent) is "p" or "blockquote" or "figcaption")
            {
                return false;
            }

            if (tree.Tag(parent) == "figure")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A block whose headings are all links to other pages, three or more of them, each with no more than a summary's
    /// worth of other text: an article whose section headings are links (a list of reviewed games, say) has paragraphs
    /// of its own under each.
    /// </summary>
    private static bool IsTeaserList(PageTree tree, int i, int[]? linkedHeadings)
    {
        if (linkedHeadings is null || linkedHeadings[i] < MinTeasers || linkedHeadings[i] != tree.Stats[i].Headings)
        {
            return false;
        }

        var otherText = tree.Stats[i].TextChars - tree.Stats[i].HeadingChars;
        return otherText <= MaxSummaryChars * linkedHeadings[i];
    }

    /// <summary>
    /// For each element, how many headings within four levels below it are links (or inside one); null when there are
    /// none (most pages: nothing is allocated for them).
    /// </summary>
    private static int[]? LinkedHeadings(PageTree tree, IReadOnlyList<int> roots, CancellationToken cancellationToken)
    {
        int[]? counts = null;
        foreach (var root in roots)
        {
            for (var i = root; i < tree.SubtreeEnd[root]; i++)
            {
                if (!IsHeading(tree.Tag(i)) || tree.Stats[i].TextChars == 0 || !(tree.LinkDensity(i) > 0.5 || InLink(tree, i)))
                {
                    continue;
                }

                counts ??= new int[tree.Count];
                for (int parent = tree.Parent[i], level = 0; parent >= 0 && level < HeadingLevels; parent = tree.Parent[parent], level++)
                {
                    counts[parent]++;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        return counts;
    }

    private static bool InLink(PageTree tree, int i)
    {
        for (int parent = tree.Parent[i], level = 0; parent >= 0 && level < 2; parent = tree.Parent[parent], level++)
        {
            if (tree.Tag(parent) == "a")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHeading(string tag) => tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6';
}
