using AngleSharp.Dom;

namespace StatementKit.Documents;

/// <summary>
/// Reads the author the page's body marks up: the first schema.org <c>itemprop="author"</c> (its <c>itemprop="name"</c>
/// when it has one) or <c>rel="author"</c> link. It names the person where a byline block beside it may hold the
/// publisher's logo and name too.
/// </summary>
internal static class MarkedAuthorReader
{
    private const int MaxBylineLength = 100;

    /// <summary>The marked author, or null when the content marks none.</summary>
    /// <param name="content">The page's main content: only the part of the page up to its end is looked at, and never
    /// inside furniture the page's classes name (related stories, navigation, asides), where other articles' authors are.
    /// Read from the page tree, without a selector, which would allocate for every element of a hostile page.</param>
    public static string? Read(MainContent content)
    {
        var tree = content.Tree;
        var end = content.Roots.Count == 0 ? 0 : tree.SubtreeEnd[content.Roots[^1]];
        IElement? author = null, link = null;
        for (var i = 0; i < end && author is null; i++)
        {
            if (tree.Skipped[i] || tree.Removal[i] is { } kind && kind != RemovedBlockKind.Byline)
            {
                i = tree.SubtreeEnd[i] - 1;
                continue;
            }

            var element = tree.Elements[i];
            if (element.GetAttribute("itemprop") is { } property && HasWord(property, "author"))
            {
                author = element;
            }
            else if (link is null && element.LocalName == "a" && element.GetAttribute("rel") is { } rel && HasWord(rel, "author"))
            {
                link = element;
            }
        }

        author ??= link;
        if (author is null)
        {
            return null;
        }

        var name = author.QuerySelector("[itemprop~='name']") ?? author;
        var text = PageMetadataReader.Normalise(name.LocalName == "meta" ? name.GetAttribute("content") : name.TextContent);
        return text is { Length: <= MaxBylineLength } ? text : null;
    }

    private static bool HasWord(string list, string word)
    {
        foreach (var range in list.AsSpan().Split(' '))
        {
            if (list.AsSpan()[range].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
