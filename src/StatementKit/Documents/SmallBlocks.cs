namespace StatementKit.Documents;

/// <summary>
/// Bylines, credit lines and share bars: small blocks that the main-content reading removes, recognised by their
/// class hint, their attributes and their text.
/// </summary>
internal static class SmallBlocks
{
    private const int MaxBylineChars = 100;
    private const int MaxCreditChars = 150;
    private const int MaxShareChars = 500;

    /// <summary>Bylines, credit lines and share bars: small blocks recognised by class and text.</summary>
    public static RemovedBlockKind? Kind(PageTree tree, int i, IReadOnlySet<string> creditLabels)
    {
        var stats = tree.Stats[i];
        if (stats.TextChars == 0 || tree.Skipped[i])
        {
            return null;
        }

        var element = tree.Elements[i];
        var hint = tree.Hint[i];
        if (stats.TextChars <= MaxBylineChars && (hint == RemovedBlockKind.Byline || IsAuthorLink(element)))
        {
            return RemovedBlockKind.Byline;
        }

        if (hint == RemovedBlockKind.Share && stats.TextChars < MaxShareChars)
        {
            return RemovedBlockKind.Share;
        }

        if (stats.TextChars <= MaxCreditChars && PageTree.IsBlock(tree.Tag(i)) && !stats.HasBlockChild && tree.SubtreeEnd[i] - i <= 8
            && IsCreditLine(element.TextContent, creditLabels))
        {
            return RemovedBlockKind.Credit;
        }

        return null;
    }

    private static bool IsAuthorLink(AngleSharp.Dom.IElement element) =>
        (element.GetAttribute("rel") is { } rel && rel.Equals("author", StringComparison.OrdinalIgnoreCase))
        || (element.GetAttribute("itemprop") is { } property && property.Contains("author", StringComparison.OrdinalIgnoreCase));

    /// <summary>"Source: Reuters", "Photo: AP/Anna Berg": a credit label, a colon and a short rest.</summary>
    public static bool IsCreditLine(string text, IReadOnlySet<string> creditLabels)
    {
        var trimmed = text.AsSpan().Trim();
        var colon = trimmed.IndexOf(':');
        if (colon <= 0 || colon > 20)
        {
            return false;
        }

        var label = trimmed[..colon].Trim().ToString();
        return creditLabels.Contains(label) && trimmed.Length - colon > 1;
    }
}
