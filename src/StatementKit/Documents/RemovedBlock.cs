namespace StatementKit.Documents;

/// <summary>What a block of a web page left out of the analysed text was.</summary>
public enum RemovedBlockKind
{
    /// <summary>Page furniture outside the article that fits no other kind: site header, sidebars, widgets.</summary>
    Chrome,

    /// <summary>Menus, breadcrumbs, pagination, "Previous Article / Next Article" links, page footers.</summary>
    Navigation,

    /// <summary>Related-story lists, "Read also" and recommendation boxes.</summary>
    Related,

    /// <summary>Comment sections and comment counts.</summary>
    Comments,

    /// <summary>Share bars and social-media buttons.</summary>
    Share,

    /// <summary>Advertisements and sponsored blocks.</summary>
    Advertising,

    /// <summary>A box about the author.</summary>
    AuthorBio,

    /// <summary>The byline ("By Anna Berg").</summary>
    Byline,

    /// <summary>A picture or chart caption.</summary>
    Caption,

    /// <summary>A credit line ("Source: Reuters", "Photo: AP").</summary>
    Credit,
}

/// <summary>
/// A paragraph of a web page that is not part of the article's main content and so not in the analysed text, kept
/// for the reliability rules (a credit names an outlet, chrome betrays a content farm) and for user interfaces.
/// </summary>
/// <param name="Kind">What the block was.</param>
/// <param name="Text">Its text, white space collapsed.</param>
/// <param name="Position">
/// Where it stood relative to the analysed text: the index in <see cref="ArticleAnalysis.Text"/> of the first character
/// after it (0 for blocks before the article, the text's length for blocks after it).
/// </param>
/// <param name="NodePath">The text node its text starts in, as an XPath (see <see cref="SourceLocation.NodePath"/>).</param>
/// <param name="NodeOffset">Where its text starts in that node's data.</param>
public sealed record RemovedBlock(RemovedBlockKind Kind, string Text, int Position, string NodePath, int NodeOffset);
