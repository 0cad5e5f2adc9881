using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Quotes.Scanning;

/// <summary>
/// A quote inside a direct quote is its own statement; the attribution next to it inside the outer quote names its
/// speaker (“They will say: ‘…’” is said by "they"), never the outer quote's.
/// </summary>
internal sealed class NestedQuoteScanner(AdjacentAttributionFinder adjacent) : IQuoteScanner
{
    public void Scan(QuoteScan scan)
    {
        var document = scan.Document;
        var directs = scan.Candidates.Take(scan.DirectCount).Where(c => c.Kind == StatementKind.Direct).OrderBy(c => c.Content.Start).ToList();
        foreach (var quote in scan.Nested)
        {
            var outer = SortedSearch.LastStartingAtOrBefore(directs, quote.Span.Start, static c => c.Content.Start);
            if (outer >= 0 && directs[outer].Content.Contains(quote.Span.Start) && Words.Count(document.Text, quote.Content) >= 2)
            {
                scan.Candidates.Add(Nested(document, scan.Reader, quote, directs[outer]));
            }
        }
    }

    private QuoteCandidate Nested(AnalysisDocument document, in TokenReader reader, RawQuote quote, QuoteCandidate outer)
    {
        var floor = document.TokenIndexAtOrAfter(outer.Content.Start);
        var limit = document.TokenIndexAtOrAfter(outer.Content.End);
        var attribution = adjacent.Before(reader, document.TokenIndexAtOrAfter(quote.Span.Start), floor)
            ?? (quote.Closed ? adjacent.After(reader, document.TokenIndexAtOrAfter(quote.Span.End), limit) : null);
        return new QuoteCandidate
        {
            Kind = StatementKind.Direct,
            Content = quote.Content,
            Span = quote.Span,
            Cue = attribution?.Cue,
            SpeakerMention = attribution?.Speaker,
            Confidence = attribution is null ? 0.35 : 0.6,
            IsNested = true,
        };
    }
}
