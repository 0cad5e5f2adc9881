namespace StatementKit.Pipeline;

/// <summary>The one place a candidate becomes a result <see cref="Statement"/>: excerpts from its offsets, confidence rounded.</summary>
internal static class StatementFactory
{
    public static Statement Create(AnalysisDocument document, QuoteCandidate candidate, SpeakerAttribution? speaker) => new()
    {
        Kind = candidate.Kind,
        Type = candidate.Type ?? StatementType.Assertion,
        Content = document.Excerpt(candidate.Content),
        Span = candidate.Span,
        Cue = candidate.Cue is { } cue ? document.Excerpt(cue) : null,
        Parts = candidate.Parts.Select(document.Excerpt).ToArray(),
        Speaker = speaker,
        Confidence = Math.Round(candidate.Confidence, 2),
    };
}
