using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Quotes.Scanning;

/// <summary>
/// One extraction in progress: the document, the candidates the scanners have added so far, and what the quotation
/// scanner set aside for later scanners (quotes inside sentences, quotes inside quotes). Direct statements come first;
/// <see cref="CloseDirect"/> then fixes them as the spans reported speech must not enter. Not thread-safe: one per
/// extraction.
/// </summary>
internal sealed class QuoteScan(AnalysisDocument document, CancellationToken cancellationToken)
{
    private SpanSet? directSpans;
    private SpanSet? embeddedSpans;

    public AnalysisDocument Document { get; } = document;

    public TokenReader Reader { get; } = new(document.Text, document.Tokens);

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The statements found so far: the direct ones first, then reported speech and the rest.</summary>
    public List<QuoteCandidate> Candidates { get; } = [];

    /// <summary>Quotations inside sentences that no attribution makes direct: reported clauses may absorb them.</summary>
    public List<RawQuote> Embedded { get; } = [];

    /// <summary>Quotations inside other quotations.</summary>
    public List<RawQuote> Nested { get; } = [];

    /// <summary>How many of <see cref="Candidates"/> are the direct statements (set by <see cref="CloseDirect"/>).</summary>
    public int DirectCount { get; private set; } = -1;

    /// <summary>The spans of the direct statements.</summary>
    public SpanSet DirectSpans => directSpans ?? throw new InvalidOperationException("The direct statements are not closed yet.");

    /// <summary>The spans of <see cref="Embedded"/>.</summary>
    public SpanSet EmbeddedSpans => embeddedSpans ??= new SpanSet(Embedded.Select(static e => e.Span));

    /// <summary>Ends the direct scanners' turn: the candidates so far are the direct statements.</summary>
    public void CloseDirect()
    {
        DirectCount = Candidates.Count;
        directSpans = new SpanSet(Candidates.Select(static c => c.Span));
    }
}

/// <summary>One construction's scanner in the rules' ordered list (quotation marks, dashes, reported speech, labels, …).</summary>
internal interface IQuoteScanner
{
    /// <summary>Adds the statements of its construction to <paramref name="scan"/>.</summary>
    void Scan(QuoteScan scan);
}

/// <summary>A step after the scanners: filters, joins, orders or rescores the candidates.</summary>
internal interface IQuotePostProcessor
{
    /// <summary>The candidates after this step (the list given may be changed and returned).</summary>
    List<QuoteCandidate> Process(QuoteScan scan, List<QuoteCandidate> candidates);
}
