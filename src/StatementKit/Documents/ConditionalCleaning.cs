namespace StatementKit.Documents;

/// <summary>
/// Readability's conditional clean-up: tables, lists, forms and divs inside the main content that read as furniture
/// (few words for their links, images or inputs) are removed.
/// </summary>
internal static class ConditionalCleaning
{
    /// <summary>Readability's conditional clean-up of tables, lists, forms and divs that read as furniture.</summary>
    public static bool ShouldClean(PageTree tree, int i)
    {
        var tag = tree.Tag(i);
        if (tag is not ("div" or "section" or "ul" or "ol" or "table" or "form" or "fieldset"))
        {
            return false;
        }

        var weight = tree.ClassWeight[i];
        if (weight < 0)
        {
            return true;
        }

        var stats = tree.Stats[i];
        if (tag == "table" && stats.Rows >= 10)
        {
            return false;
        }

        if (stats.Commas >= 10)
        {
            return false;
        }

        var isList = tag is "ul" or "ol";
        var paragraphs = stats.Paragraphs;
        var images = stats.Images;
        var listItems = stats.ListItems - 100;
        var inFigure = HasAncestor(tree, i, "figure");
        var density = tree.LinkDensity(i);
        var length = stats.TextChars;
        var headingDensity = length == 0 ? 0 : (double)stats.HeadingChars / length;
        return (images > 1 && (double)paragraphs / images < 0.5 && !inFigure)
            || (!isList && listItems > paragraphs)
            || (stats.Inputs > paragraphs / 3)
            || (!isList && headingDensity < 0.9 && length < ContentScores.MinParagraphChars && (images == 0 || images > 2) && !inFigure)
            || (!isList && weight < 25 && density > 0.2)
            || (weight >= 25 && density > 0.5)
            || (stats.Embeds == 1 && length < 75) || stats.Embeds > 1;
    }

    private static bool HasAncestor(PageTree tree, int i, string tag)
    {
        for (int parent = tree.Parent[i], level = 0; parent >= 0 && level < 3; parent = tree.Parent[parent], level++)
        {
            if (tree.Tag(parent) == tag)
            {
                return true;
            }
        }

        return false;
    }
}
