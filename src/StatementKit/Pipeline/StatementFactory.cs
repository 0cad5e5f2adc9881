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
        Parts = Excerpts(document, candidate.Parts),
        Speaker = speaker,
        Confidence = Math.Round(candidate.Confidence, 2),
    };

    /// <summary>The parts as excerpts, by a plain loop: a delegate and an iterator per statement add up on statement-dense text.</summary>
    private static TextExcerpt[] Excerpts(AnalysisDocument document, IReadOnlyList<TextSpan> parts)
    {
        var excerpts = new TextExcerpt[parts.Count];
        for (var i = 0; i < excerpts.Length; i++)
        {
            excerpts[i] = document.Excerpt(parts[i]);
        }

        return excerpts;
    }
}
