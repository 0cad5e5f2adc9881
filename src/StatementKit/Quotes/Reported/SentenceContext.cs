using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Quotes.Reported;

/// <summary>The sentence a construction reads: its tokens [First, Limit), and the quotes that bound its clauses.</summary>
/// <param name="Document">The document.</param>
/// <param name="Reader">Its tokens.</param>
/// <param name="Sentence">The sentence's characters.</param>
/// <param name="First">Index of the sentence's first token.</param>
/// <param name="Limit">Index past the sentence's last token.</param>
/// <param name="Masks">Direct quotes: reported clauses stop before them and never start inside.</param>
/// <param name="QuotesInside">Quotes inside sentences: a clause holding one is partial.</param>
internal readonly record struct SentenceContext(AnalysisDocument Document, TokenReader Reader, TextSpan Sentence, int First, int Limit,
    SpanSet Masks, SpanSet QuotesInside);
