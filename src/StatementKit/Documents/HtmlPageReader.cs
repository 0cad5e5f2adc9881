using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StatementKit.Data;

namespace StatementKit.Documents;

/// <summary>An HTML page read for analysis: its main content's text, the blocks left out, its metadata, and the limits it hit.</summary>
internal sealed record HtmlPage(PageText Content, PageMetadata Metadata, IReadOnlyList<string> LimitsReached);

/// <summary>
/// Reads an HTML page: the pre-scan bounds nesting and element count (<see cref="HtmlPreScan"/>), the parse honours
/// cancellation between tokens, then one indexed walk builds the <see cref="PageTree"/>, the scorer picks the main
/// content (<see cref="MainContentFinder"/>), and the writer produces the analysed text with its source map.
/// </summary>
internal static class HtmlPageReader
{
    public static HtmlPage Read(string html, InputLimits limits, StatementKitData data, CancellationToken cancellationToken)
    {
        var reached = new List<string>();
        var scanned = HtmlPreScan.Apply(html, limits.MaxHtmlDepth, limits.MaxHtmlElements, cancellationToken);
        if (scanned.DroppedTags > 0)
        {
            reached.Add($"{scanned.DroppedTags} tags nested deeper than {limits.MaxHtmlDepth} levels or packed denser than one element per 32 characters were left out, their text kept ({nameof(StatementKitOptions.MaxHtmlDepth)}, {nameof(StatementKitOptions.MaxHtmlElements)})");
        }

        if (scanned.TruncatedAt >= 0)
        {
            reached.Add($"the page was cut after {limits.MaxHtmlElements} elements, at character {scanned.TruncatedAt} ({nameof(StatementKitOptions.MaxHtmlElements)})");
        }

        using var document = Parse(scanned.Html, cancellationToken);
        var classifier = new BlockClassifier(data.PageHints);
        var body = document.Body;
        if (body is null)
        {
            // A frameset page has no body: nothing to read.
            return new HtmlPage(new PageText(string.Empty, new SourceMap([], [], [], []), []), PageMetadataReader.Read(document, null), reached);
        }

        var content = MainContentFinder.Find(strip => PageTree.Build(body, classifier, strip, scanned.Elements, cancellationToken), data.CreditLabels, cancellationToken);
        var text = PageTextWriter.Write(content, cancellationToken);
        var byline = text.RemovedBlocks.FirstOrDefault(b => b.Kind == RemovedBlockKind.Byline)?.Text;
        return new HtmlPage(text, PageMetadataReader.Read(document, byline, MarkedAuthorReader.Read(content)), reached);
    }

    /// <summary>
    /// AngleSharp's asynchronous parse checks the token before every token it reads; on a string source it completes
    /// synchronously, so this is the ordinary parse, cancellable.
    /// </summary>
    private static IHtmlDocument Parse(string html, CancellationToken cancellationToken)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        return parser.ParseDocumentAsync(html, cancellationToken).GetAwaiter().GetResult();
    }
}
