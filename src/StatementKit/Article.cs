namespace StatementKit;

/// <summary>How the content of an <see cref="Article"/> is to be read.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text: offsets in results index this text exactly (after removing a byte-order mark).</summary>
    PlainText,

    /// <summary>An HTML page or fragment: the analysed text is extracted from it.</summary>
    Html,
}

/// <summary>An article to analyse. Immutable; create it with <see cref="FromText"/> or <see cref="FromHtml"/>.</summary>
public sealed record Article
{
    private Article(string content, ArticleFormat format)
    {
        Content = content;
        Format = format;
    }

    /// <summary>The raw content, text or HTML.</summary>
    public string Content { get; }

    /// <summary>How <see cref="Content"/> is to be read.</summary>
    public ArticleFormat Format { get; }

    /// <summary>Where the article was published, when known.</summary>
    public Uri? Url { get; init; }

    /// <summary>The publishing outlet, when known (for example "Aftenposten").</summary>
    public string? Publisher { get; init; }

    /// <summary>The headline, when known. For HTML the page title is used when this is not set.</summary>
    public string? Title { get; init; }

    /// <summary>A plain-text article.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Article FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Article(text, ArticleFormat.PlainText);
    }

    /// <summary>An HTML article or page.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static Article FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return new Article(html, ArticleFormat.Html);
    }
}
