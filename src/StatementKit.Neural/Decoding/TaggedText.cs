using StatementKit.Pipeline;

namespace StatementKit.Neural.Decoding;

/// <summary>What the tagger read in a text: its statements, and every source span it decoded (in text order).</summary>
/// <param name="Statements">The statements, each with the source nearest its cue as the speaker mention.</param>
/// <param name="Sources">All decoded source spans, linked to a statement or not.</param>
internal sealed record TaggedText(List<QuoteCandidate> Statements, IReadOnlyList<TaggedSpan> Sources);
