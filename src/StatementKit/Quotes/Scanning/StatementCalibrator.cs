using StatementKit.Data;
using StatementKit.Pipeline;

namespace StatementKit.Quotes.Scanning;

/// <summary>
/// The last step: each candidate as the rules propose it (named, exact boundaries when direct). With the statement
/// model, each rule's fixed confidence becomes a probability that the candidate is a statement an annotator would
/// mark, and the reported-speech candidates below its threshold are left out (where keeping them costs more precision
/// than it gains recall). Direct quotes are only rescored, never left out: quoted words are kept even where an
/// annotated corpus would not count them (a quote inside a quote, an unattributed continuation), and their low
/// probability says so.
/// </summary>
internal sealed class StatementCalibrator(StatementKitData data, bool calibrate, string proposer) : IQuotePostProcessor
{
    public List<QuoteCandidate> Process(QuoteScan scan, List<QuoteCandidate> candidates)
    {
        var model = data.StatementModel;
        if (!calibrate || model.IsEmpty)
        {
            return candidates.ConvertAll(c => Stamped(c, c.Confidence));
        }

        var kept = new List<QuoteCandidate>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            // Statement-dense hostile text gives a candidate every few words: look at the token now and then.
            if ((i & 0x3FF) == 0)
            {
                scan.CancellationToken.ThrowIfCancellationRequested();
            }

            var candidate = candidates[i];
            var scorer = model.NewScorer();
            StatementFeatures.Extract(scan.Document, scan.Reader, candidate, data, ref scorer);
            if (candidate.Kind == StatementKind.Direct || scorer.Probability >= model.Threshold)
            {
                kept.Add(Stamped(candidate, Math.Round(scorer.Probability, 2)));
            }
        }

        return kept;
    }

    private QuoteCandidate Stamped(QuoteCandidate candidate, double confidence) =>
        candidate with { Confidence = confidence, Proposer = proposer, HasExactBoundaries = candidate.Kind == StatementKind.Direct };
}
