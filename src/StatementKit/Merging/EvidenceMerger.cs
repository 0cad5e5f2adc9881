using StatementKit.Pipeline;

namespace StatementKit.Merging;

/// <summary>
/// The default <see cref="IStatementMerger"/>. With one proposal there is nothing to merge and its statements are
/// returned as they are. With several: (1) the speakers of proposals that read sources on their own are reconciled
/// (<see cref="SpeakerReconciler"/>); (2) statements with exact boundaries (quote marks) are kept, each taking the
/// speaker of the same statement in another proposal when it has none; (3) of the others, the proposal of the highest
/// precedence keeps every statement that no exact one covers, then each lower one keeps what nothing kept covers.
/// Thread-safe.
/// </summary>
internal sealed class EvidenceMerger(SpeakerReconciler speakers) : IStatementMerger
{
    public IReadOnlyList<QuoteCandidate> Merge(AnalysisDocument document, IReadOnlyList<StatementProposal> proposals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(proposals);
        if (proposals.Count == 0)
        {
            return [];
        }

        var statements = new List<QuoteCandidate>[proposals.Count];
        for (var p = 0; p < proposals.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            statements[p] = proposals[p].SpeakerMentions is { } mentions
                ? speakers.Reconcile(document, proposals[p].Statements, mentions, Elsewhere(proposals.Count, p,
                    // The other proposals' statements with a speaker: as reconciled where that came first, else as read.
                    q => statements[q] ?? (IEnumerable<QuoteCandidate>)proposals[q].Statements, static c => c.SpeakerMention is not null))
                : [.. proposals[p].Statements];
        }

        return proposals.Count == 1 ? statements[0] : Combine(proposals, statements);
    }

    /// <summary>The statements of every proposal but <paramref name="self"/>, in proposal order, that <paramref name="keep"/>
    /// keeps; <paramref name="read"/> gives a proposal's statements when the iterator reaches it, not before.</summary>
    private static IEnumerable<QuoteCandidate> Elsewhere(int count, int self, Func<int, IEnumerable<QuoteCandidate>> read, Func<QuoteCandidate, bool> keep)
    {
        for (var q = 0; q < count; q++)
        {
            if (q == self)
            {
                continue;
            }

            foreach (var candidate in read(q))
            {
                if (keep(candidate))
                {
                    yield return candidate;
                }
            }
        }
    }

    private static List<QuoteCandidate> Combine(IReadOnlyList<StatementProposal> proposals, List<QuoteCandidate>[] statements)
    {
        var kept = new List<QuoteCandidate>(statements.Sum(static s => s.Count));
        var exact = new List<QuoteCandidate>();
        for (var p = 0; p < statements.Length; p++)
        {
            foreach (var candidate in statements[p])
            {
                if (!candidate.HasExactBoundaries)
                {
                    continue;
                }

                exact.Add(candidate);
                var partner = candidate.SpeakerMention is null ? StatementOverlap.FirstSameInOrder(
                    Elsewhere(statements.Length, p, q => statements[q], static c => !c.HasExactBoundaries), candidate) : null;
                kept.Add(partner?.SpeakerMention is { } mention ? candidate with { SpeakerMention = mention, Cue = candidate.Cue ?? partner.Cue } : candidate);
            }
        }

        var exactByStart = StatementOverlap.SortedByStart(exact);
        var order = Enumerable.Range(0, proposals.Count).OrderByDescending(p => proposals[p].Precedence).ToList();
        foreach (var candidate in statements[order[0]])
        {
            if (!candidate.HasExactBoundaries && StatementOverlap.FirstSame(exactByStart, candidate) is null)
            {
                kept.Add(candidate);
            }
        }

        foreach (var p in order.Skip(1))
        {
            var taken = StatementOverlap.SortedByStart(kept);
            foreach (var candidate in statements[p])
            {
                if (!candidate.HasExactBoundaries && StatementOverlap.FirstSame(taken, candidate) is null)
                {
                    kept.Add(candidate);
                }
            }
        }

        kept.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
        return kept;
    }
}
