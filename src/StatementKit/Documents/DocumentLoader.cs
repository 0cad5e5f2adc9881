using StatementKit.Data;
using StatementKit.Pipeline;

namespace StatementKit.Documents;

/// <summary>
/// Loads plain text as it is (less a byte-order mark) and HTML through <see cref="HtmlPageReader"/> (main content,
/// metadata, source map). Input longer than <see cref="StatementKitOptions.MaxInputCharacters"/> is cut first.
/// </summary>
internal sealed class DocumentLoader : IDocumentLoader
{
    private const int MaxTitleLength = 300;
    private readonly StatementKitData data;
    private readonly InputLimits limits;

    public DocumentLoader(StatementKitData data, InputLimits? limits = null)
    {
        this.data = data;
        this.limits = limits ?? InputLimits.From(new StatementKitOptions());
    }

    public AnalysisDocument Load(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();

        var limitsReached = new List<string>();
        var content = article.Content;
        if (content.Length > limits.MaxInputCharacters)
        {
            // Never cut between the two halves of a surrogate pair.
            var cut = limits.MaxInputCharacters;
            if (cut > 0 && char.IsHighSurrogate(content[cut - 1]))
            {
                cut--;
            }

            content = content[..cut];
            limitsReached.Add($"the input was cut after {cut} of its {article.Content.Length} characters ({nameof(StatementKitOptions.MaxInputCharacters)})");
        }

        if (article.Format == ArticleFormat.Html)
        {
            var page = HtmlPageReader.Read(content, limits, data, cancellationToken);
            limitsReached.AddRange(page.LimitsReached);
            var found = page.Metadata;
            var htmlMetadata = new ArticleMetadata
            {
                Format = article.Format,
                Title = article.Title ?? found.Title,
                Url = article.Url ?? found.Url,
                Publisher = article.Publisher ?? found.SiteName,
                SiteName = found.SiteName,
                Byline = found.Byline,
                Published = found.Published,
                Modified = found.Modified,
                Language = found.Language,
            };
            return AnalysisDocument.Create(page.Content.Text, htmlMetadata, data.Abbreviations,
                new PageExtraction(page.Content.RemovedBlocks, page.Content.Source, limitsReached), cancellationToken, data.EnglishFunctionWords);
        }

        var text = content.Length > 0 && content[0] == '\uFEFF' ? content[1..] : content;
        var metadata = new ArticleMetadata
        {
            Format = article.Format,
            Title = article.Title ?? FirstLine(text),
            Url = article.Url,
            Publisher = article.Publisher,
        };
        return AnalysisDocument.Create(text, metadata, data.Abbreviations, limitsReached.Count > 0 ? new PageExtraction([], null, limitsReached) : null,
            cancellationToken, data.EnglishFunctionWords);
    }

    private static string? FirstLine(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && end - start <= MaxTitleLength && text[end] is not ('\n' or '\r'))
        {
            end++;
        }

        return end > start && end - start <= MaxTitleLength ? text[start..end].TrimEnd() : null;
    }
}
