namespace StatementKit.Pipeline;

/// <summary>
/// Proposes statements in a document (the second stage): the built-in rules are one proposer, a learnt tagger
/// (<c>StatementKit.Neural</c>) another. Every proposer of an analyzer reads the same document; an
/// <see cref="IStatementMerger"/> then makes one set of their proposals. Implementations must be thread-safe and
/// must never throw on content, only on cancellation.
/// </summary>
public interface IStatementProposer
{
    /// <summary>A short stable name ("rules", "tagger"), carried by every candidate it proposes (<see cref="QuoteCandidate.Proposer"/>).</summary>
    string Name { get; }

    /// <summary>The statements this proposer finds, with the evidence the merger weighs.</summary>
    StatementProposal Propose(AnalysisDocument document, CancellationToken cancellationToken);
}

/// <summary>
/// Makes one list of statements, in document order, from the proposals of every <see cref="IStatementProposer"/>
/// (in the order the proposers were added). The default merger decides by evidence: exact boundaries, a speaker two
/// proposers agree on, and each proposal's <see cref="StatementProposal.Precedence"/>.
/// </summary>
public interface IStatementMerger
{
    /// <summary>The merged statements in document order.</summary>
    IReadOnlyList<QuoteCandidate> Merge(AnalysisDocument document, IReadOnlyList<StatementProposal> proposals, CancellationToken cancellationToken);
}
