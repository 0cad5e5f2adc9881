using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Quotes.Scanning;

/// <summary>
/// Leaves out statements inside page chrome ("Read also" and the headline it links: nobody's words), and, as a last
/// guard for untrusted input, any with an empty or inverted span: a rule that ever produced one must not take the
/// analysis down with it.
/// </summary>
internal sealed class ChromeAndSpanFilter(StatementKitData data) : IQuotePostProcessor
{
    public List<QuoteCandidate> Process(QuoteScan scan, List<QuoteCandidate> candidates)
    {
        var document = scan.Document;
        var chrome = new SpanSet(ChromeParagraphs.Spans(document, data));
        candidates.RemoveAll(c => chrome.Contains(c.Span.Start));
        candidates.RemoveAll(c => c.Content.Length <= 0 || c.Content.Start < 0 || c.Content.End > document.Text.Length);
        return candidates;
    }
}
