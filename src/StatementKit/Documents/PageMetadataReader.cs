using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace StatementKit.Documents;

/// <summary>What a page says of itself, before the caller's values are laid over it.</summary>
internal sealed record PageMetadata(string? Title, string? Byline, string? SiteName, DateTimeOffset? Published, DateTimeOffset? Modified,
    Uri? Url, string? Language);

/// <summary>
/// Reads a page's metadata in a fixed order of trust: JSON-LD (<c>NewsArticle</c>, <c>Article</c>,
/// <c>ReportageNewsArticle</c> and the other article types), then OpenGraph and <c>article:</c> properties, then other
/// <c>&lt;meta&gt;</c> names (Dublin Core, Twitter, Parse.ly, <c>author</c>), then <c>&lt;time&gt;</c> elements and the
/// <c>&lt;title&gt;</c>. The language comes from <c>&lt;html lang&gt;</c>, else from the metadata.
/// </summary>
internal static class PageMetadataReader
{
    private const int MaxJsonLength = 1 << 20;
    private const int MaxScripts = 32;
    private const int MaxFieldLength = 1000;
    private const int MaxBylineLength = 100;

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.Ordinal)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "Report",
        "BlogPosting", "LiveBlogPosting", "DiscussionForumPosting", "SocialMediaPosting", "TechArticle", "APIReference", "Review",
    };

    /// <param name="document">The page.</param>
    /// <param name="byline">The text of the first byline block the content finder left out, the last resort.</param>
    /// <param name="markedAuthor">The author the body marks up (<see cref="MarkedAuthor"/>), before that.</param>
    public static PageMetadata Read(IHtmlDocument document, string? byline, string? markedAuthor = null)
    {
        var jsonLd = ReadJsonLd(document);
        var meta = ReadMeta(document);
        string? Meta(params string[] keys)
        {
            foreach (var key in keys)
            {
                if (meta.TryGetValue(key, out var value))
                {
                    return value;
                }
            }

            return null;
        }

        var title = jsonLd.Title ?? Meta("og:title", "dc:title", "dcterm:title", "twitter:title", "title", "parsely-title") ?? Normalise(document.Title);
        var siteName = jsonLd.SiteName ?? Meta("og:site_name", "application-name", "twitter:site");

        // Each source in order of trust, cleaned ("By", dates, datelines, the site's own name): the first that still
        // names someone is the byline.
        var site = TwitterHandle(siteName);
        var author = BylineText.Clean(jsonLd.Byline, site) ?? BylineText.Clean(NotUrl(Meta("article:author")), site)
            ?? BylineText.Clean(Meta("dc:creator", "dcterm:creator", "author", "parsely-author", "sailthru.author", "byl"), site)
            ?? BylineText.Clean(markedAuthor, site) ?? BylineText.Clean(byline, site);
        var published = jsonLd.Published ?? Date(Meta("article:published_time", "og:published_time", "datepublished", "dc.date", "dc:date", "date", "pubdate", "parsely-pub-date", "sailthru.date"))
            ?? Date(TimeAttribute(document, published: true));
        var modified = jsonLd.Modified ?? Date(Meta("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified"))
            ?? Date(TimeAttribute(document, published: false));
        var url = jsonLd.Url ?? Absolute(Meta("og:url")) ?? Absolute(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        var language = Language(document.DocumentElement.GetAttribute("lang")) ?? jsonLd.Language
            ?? Language(Meta("og:locale", "content-language", "dc.language", "language"));
        return new PageMetadata(title, author, site, published, modified, url, language);
    }

    private static PageMetadata ReadJsonLd(IHtmlDocument document)
    {
        var scripts = 0;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (++scripts > MaxScripts)
            {
                break;
            }

            var json = script.TextContent;
            if (json.Length > MaxJsonLength)
            {
                continue;
            }

            try
            {
                using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                if (FindArticle(parsed.RootElement, 0) is { } article)
                {
                    return FromArticle(article);
                }
            }
            catch (JsonException)
            {
                // Pages often hold broken JSON-LD (trailing text, template placeholders): it says nothing then.
            }
        }

        return new PageMetadata(null, null, null, null, null, null, null);
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (element.TryGetProperty("@type", out var type) && IsArticleType(type))
                {
                    return element;
                }

                return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
            default:
                return null;
        }
    }

    private static bool IsArticleType(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
        JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)),
        _ => false,
    };

    private static PageMetadata FromArticle(JsonElement article)
    {
        var title = Text(article, "headline") ?? Text(article, "name");
        var authors = article.TryGetProperty("author", out var author) ? Names(author) : [];
        string? siteName = null;
        if (article.TryGetProperty("publisher", out var publisher))
        {
            siteName = Names(publisher).FirstOrDefault();
        }

        var url = Absolute(Text(article, "url"));
        if (url is null && article.TryGetProperty("mainEntityOfPage", out var page))
        {
            url = Absolute(page.ValueKind == JsonValueKind.String ? page.GetString() : page.ValueKind == JsonValueKind.Object ? Text(page, "@id") : null);
        }

        return new PageMetadata(title, authors.Count > 0 ? string.Join(", ", authors) : null, siteName, Date(Text(article, "datePublished")),
            Date(Text(article, "dateModified")), url, Language(Text(article, "inLanguage")));
    }

    private static List<string> Names(JsonElement value)
    {
        var names = new List<string>();
        void Add(JsonElement item)
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => Normalise(item.GetString()),
                JsonValueKind.Object => Text(item, "name"),
                _ => null,
            };
            if (name is not null && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray().Take(16))
            {
                Add(item);
            }
        }
        else
        {
            Add(value);
        }

        return names;
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? Normalise(value.GetString())
            : null;

    /// <summary>Each <c>&lt;meta&gt;</c> property or name (lower case) with its first non-empty content.</summary>
    private static Dictionary<string, string> ReadMeta(IHtmlDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        foreach (var meta in document.Head?.GetElementsByTagName("meta") ?? Enumerable.Empty<IElement>())
        {
            if (++count > 1000)
            {
                break;
            }

            var content = Normalise(meta.GetAttribute("content"));
            if (content is null)
            {
                continue;
            }

            foreach (var key in new[] { meta.GetAttribute("property"), meta.GetAttribute("name"), meta.GetAttribute("itemprop"), meta.GetAttribute("http-equiv") })
            {
                if (!string.IsNullOrWhiteSpace(key))
                {
                    foreach (var part in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        values.TryAdd(part, content);
                    }
                }
            }
        }

        return values;
    }

    /// <summary>
    /// The author the page's body marks up: the first schema.org <c>itemprop="author"</c> (its <c>itemprop="name"</c>
    /// when it has one) or <c>rel="author"</c> link. It names the person where a byline block beside it may hold the
    /// publisher's logo and name too.
    /// </summary>
    /// <param name="content">The page's main content: only the part of the page up to its end is looked at, and never
    /// inside furniture the page's classes name (related stories, navigation, asides), where other articles' authors are.
    /// Read from the page tree, without a selector, which would allocate for every element of a hostile page.</param>
    internal static string? MarkedAuthor(MainContent content)
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
        var text = Normalise(name.LocalName == "meta" ? name.GetAttribute("content") : name.TextContent);
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

    /// <summary>The <c>datetime</c> of the first <c>&lt;time&gt;</c> marked as published (or modified), else of the first one.</summary>
    private static string? TimeAttribute(IHtmlDocument document, bool published)
    {
        string? first = null;
        var count = 0;
        foreach (var time in document.GetElementsByTagName("time"))
        {
            if (++count > 100)
            {
                break;
            }

            var value = time.GetAttribute("datetime");
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var property = time.GetAttribute("itemprop") ?? string.Empty;
            if (published ? property.Contains("datePublished", StringComparison.OrdinalIgnoreCase) || time.HasAttribute("pubdate")
                : property.Contains("dateModified", StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }

            first ??= value;
        }

        return published ? first : null;
    }

    private static DateTimeOffset? Date(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date
            : null;

    private static Uri? Absolute(string? value) =>
        value is not null && Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    private static string? NotUrl(string? value) => value is not null && Absolute(value) is null ? value : null;

    /// <summary>A Twitter handle ("@guardian") is no site name.</summary>
    private static string? TwitterHandle(string? value) => value is not null && value.StartsWith('@') ? null : value;

    /// <summary>A BCP 47 tag from <c>lang</c> or a locale ("en_US" gives "en-US"), or null when it is not one.</summary>
    internal static string? Language(string? value)
    {
        var tag = Normalise(value)?.Replace('_', '-');
        if (tag is null || tag.Length > 35 || !char.IsAsciiLetter(tag[0]) || tag.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
        {
            return null;
        }

        return tag;
    }

    internal static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var normalised = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return normalised.Length > MaxFieldLength ? normalised[..MaxFieldLength] : normalised;
    }
}
