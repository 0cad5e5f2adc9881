using StatementKit.Pipeline;

namespace StatementKit.Quotes.Reported;

/// <summary>"He also highlighted two points: …": what follows the colon, or the list on the lines after it.</summary>
internal sealed class ColonComplement(ClauseEmitter emitter) : IReportedConstruction
{
    public bool TryRead(in SentenceContext context, in CueClause clause, List<QuoteCandidate> output)
    {
        var colon = ClauseBounds.FindColon(context, clause.Next);
        if (colon < 0)
        {
            return false;
        }

        if (colon + 1 >= context.Limit && ClauseBounds.ListAfter(context) is { } list)
        {
            ClauseEmitter.Add(context, list, clause.CueSpan, clause.Speaker, 0.6, output);
        }
        else
        {
            emitter.Emit(context, colon + 1, context.Limit, clause.CueSpan, clause.Speaker, 0.6, output);
        }

        return true;
    }
}
