namespace StatementKit.Documents;

/// <summary>
/// The pre-scan's model of the parser's stack of open elements: which start tags close open ones implicitly (a
/// "&lt;p&gt;" closes an open paragraph, an "&lt;li&gt;" the open item of its list), as HTML's tree construction does,
/// so that the depth the pre-scan counts is the depth the parser will build.
/// </summary>
internal static class HtmlOpenElements
{
    /// <summary>Start tags that close an open paragraph.</summary>
    public static readonly HashSet<string> ClosesParagraph = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "dd", "dt", "main", "menu", "nav", "ol", "p",
        "pre", "section", "summary", "table", "ul",
    };

    /// <summary>
    /// The end tags HTML implies: a block closes an open paragraph, a list item the previous item, a link the open link.
    /// True when that closed a link (a formatting element).
    /// </summary>
    public static bool CloseImplied(List<string> open, string name)
    {
        if (open.Count == 0)
        {
            return false;
        }

        if (ClosesParagraph.Contains(name) && open[^1] == "p")
        {
            open.RemoveAt(open.Count - 1);
        }

        switch (name)
        {
            case "li":
                PopToWithin(open, "li", "ul", "ol");
                break;
            case "dt" or "dd":
                PopToWithin(open, "dt", "dl");
                PopToWithin(open, "dd", "dl");
                break;
            case "tr":
                PopToWithin(open, "tr", "table");
                break;
            case "td" or "th":
                PopToWithin(open, "td", "tr", "table");
                PopToWithin(open, "th", "tr", "table");
                break;
            case "option":
                PopToWithin(open, "option", "select");
                break;
            case "a":
                // A new link closes an open one (the parser's adoption agency), so unclosed links stay flat.
                return PopToWithin(open, "a", "table");
        }

        return false;
    }

    public static bool PopToWithin(List<string> open, string name, string boundary, string? otherBoundary = null)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (open[i] == name)
            {
                open.RemoveRange(i, open.Count - i);
                return true;
            }

            if (open[i] == boundary || open[i] == otherBoundary)
            {
                return false;
            }
        }

        return false;
    }

    public static void PopTo(List<string> open, string name)
    {
        var index = open.LastIndexOf(name);
        if (index >= 0)
        {
            open.RemoveRange(index, open.Count - index);
        }
    }
}
