using StatementKit.Pipeline;

namespace StatementKit.Merging;

/// <summary>
/// The statement stage: every proposer reads the document, in the order they were added, the merger makes one list
/// of their proposals, the author's own voice is taken out of it (<see cref="AuthorVoice"/>), and the typer types what
/// no proposer typed. Each proposal and candidate is stamped with its proposer's name. Thread-safe.
/// </summary>
internal sealed class StatementStage(IReadOnlyList<IStatementProposer> proposers, IStatementMerger merger, StatementTyper typer, AuthorVoice voice)
{
    public IReadOnlyList<IStatementProposer> Proposers { get; } = proposers;

    public IStatementMerger Merger { get; } = merger;

    public IReadOnlyList<QuoteCandidate> Propose(AnalysisDocument document, CancellationToken cancellationToken)
    {
        var proposals = new StatementProposal[Proposers.Count];
        for (var i = 0; i < proposals.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var proposer = Proposers[i];
            var proposal = proposer.Propose(document, cancellationToken)
                ?? throw new InvalidOperationException($"The statement proposer '{proposer.Name}' returned null.");
            proposals[i] = Stamped(proposal, proposer.Name);
        }

        var merged = Merger.Merge(document, proposals, cancellationToken)
            ?? throw new InvalidOperationException("The statement merger returned null.");
        return typer.Type(document, voice.Apply(document, merged, cancellationToken), cancellationToken);
    }

    private static StatementProposal Stamped(StatementProposal proposal, string name)
    {
        var statements = proposal.Statements;
        QuoteCandidate[]? stamped = null;
        for (var i = 0; i < statements.Count; i++)
        {
            if (!string.Equals(statements[i].Proposer, name, StringComparison.Ordinal))
            {
                stamped ??= [.. statements];
                stamped[i] = statements[i] with { Proposer = name };
            }
        }

        return string.Equals(proposal.Proposer, name, StringComparison.Ordinal) && stamped is null
            ? proposal
            : proposal with { Proposer = name, Statements = stamped ?? statements };
    }
}
