namespace StatementKit.Pipeline;

/// <summary>What one <see cref="IStatementProposer"/> found in a document, with the evidence the merger weighs.</summary>
public sealed record StatementProposal
{
    /// <summary>The proposer's name (<see cref="IStatementProposer.Name"/>); the analyzer sets it.</summary>
    public string Proposer { get; init; } = "";

    /// <summary>The statements, in document order.</summary>
    public required IReadOnlyList<QuoteCandidate> Statements { get; init; }

    /// <summary>
    /// Where several proposals read the same words as a statement without exact boundaries
    /// (<see cref="QuoteCandidate.HasExactBoundaries"/>), the reading of the highest precedence is kept and the others'
    /// are dropped; statements nobody else covers are always kept. The built-in rules propose at 0; the accurate mode's
    /// tagger at 1, since its reading of reported speech scored higher on the held-out tenth of PolNeAR train.
    /// </summary>
    public int Precedence { get; init; }

    /// <summary>
    /// The speaker mentions the proposer found on its own (a tagger's decoded sources), disjoint and in text order; or
    /// null when it reads speakers only as part of its statements. When given, the merger reconciles the speaker of
    /// each of this proposal's statements: a mention both this proposer and another (or the rules' reading of the cue)
    /// agree on wins, and a statement left with no speaker at all is dropped.
    /// </summary>
    public IReadOnlyList<TextSpan>? SpeakerMentions { get; init; }
}
