using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Quotes.Scanning;

/// <summary>Quotes inside sentences that no reported clause took in: kept, with low confidence, when long.</summary>
internal sealed class UnabsorbedQuoteScanner : IQuoteScanner
{
    private const int MinStandaloneEmbeddedWords = 6;

    public void Scan(QuoteScan scan)
    {
        var reportedContents = new SpanSet(scan.Candidates.Skip(scan.DirectCount).Select(c => c.Content));
        foreach (var quote in scan.Embedded)
        {
            var absorbed = reportedContents.Contains(quote.Span.Start) || reportedContents.Contains(quote.Span.End - 1);
            if (!absorbed && Words.Count(scan.Document.Text, quote.Content) >= MinStandaloneEmbeddedWords)
            {
                scan.Candidates.Add(new QuoteCandidate
                {
                    Kind = StatementKind.Partial,
                    Content = quote.Content,
                    Span = quote.Span,
                    Confidence = 0.3,
                });
            }
        }
    }
}
