namespace StatementKit.Pipeline;

/// <summary>A statement found by an <see cref="IStatementProposer"/>, before its speaker is resolved to an entity.</summary>
public sealed record QuoteCandidate
{
    /// <summary>Direct, partial or indirect.</summary>
    public required StatementKind Kind { get; init; }

    /// <summary>What was said, without quote marks.</summary>
    public required TextSpan Content { get; init; }

    /// <summary>The whole statement including its marks.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>
    /// The pieces of <see cref="Content"/> when an attribution interrupts it (<c>“A,” she said, “B.”</c> gives A and B);
    /// empty when the content is one piece.
    /// </summary>
    public IReadOnlyList<TextSpan> Parts { get; init; } = [];

    /// <summary>The cue ("said", "according to"), when there is one.</summary>
    public TextSpan? Cue { get; init; }

    /// <summary>The words naming the speaker next to the statement ("Berg", "she", "the Secretary General"), when found.</summary>
    public TextSpan? SpeakerMention { get; init; }

    /// <summary>How sure the extractor is that this is a statement, from 0 to 1.</summary>
    public required double Confidence { get; init; }

    /// <summary>A quote inside another quote: its speaker is not the outer quote's speaker.</summary>
    public bool IsNested { get; init; }

    /// <summary>
    /// Whether the boundaries are fixed by the text itself (quote marks, a dash or a label open and close it) rather
    /// than read: where proposals overlap, a statement with exact boundaries wins.
    /// </summary>
    public bool HasExactBoundaries { get; init; }

    /// <summary>
    /// What it attributes, when the proposer decided it; null lets the analyzer type it from its cue after merging
    /// (quotes and <c>according to</c> are assertions; a cue verb's class otherwise; a to-infinitive an eventuality).
    /// </summary>
    public StatementType? Type { get; init; }

    /// <summary>The name of the <see cref="IStatementProposer"/> that found it; the analyzer sets it.</summary>
    public string Proposer { get; init; } = "";
}
