using System.Globalization;
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
    private const int MaxFieldLength = 1000;

    /// <param name="document">The page.</param>
    /// <param name="byline">The text of the first byline block the content finder left out, the last resort.</param>
    /// <param name="markedAuthor">The author the body marks up (<see cref="MarkedAuthorReader"/>), before that.</param>
    public static PageMetadata Read(IHtmlDocument document, string? byline, string? markedAuthor = null)
    {
        var jsonLd = JsonLdArticleReader.Read(document);
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

    internal static DateTimeOffset? Date(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date
            : null;

    internal static Uri? Absolute(string? value) =>
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
