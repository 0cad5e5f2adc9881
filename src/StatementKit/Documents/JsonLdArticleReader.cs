using System.Text.Json;
using AngleSharp.Html.Dom;

namespace StatementKit.Documents;

/// <summary>
/// Reads the first schema.org article (<c>NewsArticle</c>, <c>Article</c>, <c>ReportageNewsArticle</c> and the other
/// article types) of a page's JSON-LD scripts, at the top level, in an array or in an <c>@graph</c>: the most trusted
/// of the sources <see cref="PageMetadataReader"/> reads. Scripts past a count or a length are not parsed.
/// </summary>
internal static class JsonLdArticleReader
{
    private const int MaxJsonLength = 1 << 20;
    private const int MaxScripts = 32;

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.Ordinal)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "Report",
        "BlogPosting", "LiveBlogPosting", "DiscussionForumPosting", "SocialMediaPosting", "TechArticle", "APIReference", "Review",
    };

    /// <summary>The first article's fields, every one null when no script holds an article that parses.</summary>
    public static PageMetadata Read(IHtmlDocument document)
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

        var url = PageMetadataReader.Absolute(Text(article, "url"));
        if (url is null && article.TryGetProperty("mainEntityOfPage", out var page))
        {
            url = PageMetadataReader.Absolute(page.ValueKind == JsonValueKind.String ? page.GetString() : page.ValueKind == JsonValueKind.Object ? Text(page, "@id") : null);
        }

        return new PageMetadata(title, authors.Count > 0 ? string.Join(", ", authors) : null, siteName, PageMetadataReader.Date(Text(article, "datePublished")),
            PageMetadataReader.Date(Text(article, "dateModified")), url, PageMetadataReader.Language(Text(article, "inLanguage")));
    }

    private static List<string> Names(JsonElement value)
    {
        var names = new List<string>();
        void Add(JsonElement item)
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => PageMetadataReader.Normalise(item.GetString()),
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
            ? PageMetadataReader.Normalise(value.GetString())
            : null;
}
