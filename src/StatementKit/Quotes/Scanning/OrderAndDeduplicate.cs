using StatementKit.Pipeline;

namespace StatementKit.Quotes.Scanning;

/// <summary>Puts the candidates in document order and drops a candidate that repeats the previous one's content and kind.</summary>
internal sealed class OrderAndDeduplicate : IQuotePostProcessor
{
    public List<QuoteCandidate> Process(QuoteScan scan, List<QuoteCandidate> candidates)
    {
        candidates.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Content.CompareTo(b.Content));
        var result = new List<QuoteCandidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (result.Count > 0 && result[^1].Content == candidate.Content && result[^1].Kind == candidate.Kind)
            {
                continue;
            }

            result.Add(candidate);
        }

        return result;
    }
}
