using StatementKit.Data;
using StatementKit.Pipeline;

namespace StatementKit.Documents;

/// <summary>Loads plain text as it is (less a byte-order mark) and HTML through <see cref="HtmlTextExtractor"/>.</summary>
internal sealed class DocumentLoader : IDocumentLoader
{
    private const int MaxTitleLength = 300;
    private readonly StatementKitData data;

    public DocumentLoader(StatementKitData data) => this.data = data;

    public AnalysisDocument Load(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();

        string text;
        string? title;
        if (article.Format == ArticleFormat.Html)
        {
            (text, title) = HtmlTextExtractor.Extract(article.Content, cancellationToken);
        }
        else
        {
            text = article.Content.Length > 0 && article.Content[0] == '\uFEFF' ? article.Content[1..] : article.Content;
            title = FirstLine(text);
        }

        var metadata = new ArticleMetadata
        {
            Format = article.Format,
            Title = article.Title ?? title,
            Url = article.Url,
            Publisher = article.Publisher,
        };
        return AnalysisDocument.Create(text, metadata, data.Abbreviations);
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
