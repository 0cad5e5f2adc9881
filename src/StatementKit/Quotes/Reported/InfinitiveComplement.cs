using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Quotes.Reported;

/// <summary>"The campaign declined to comment", "She vowed to fight on": the infinitive is what was said or intended.</summary>
internal sealed class InfinitiveComplement(ClauseEmitter emitter) : IReportedConstruction
{
    public bool TryRead(in SentenceContext context, in CueClause clause, List<QuoteCandidate> output)
    {
        var reader = context.Reader;
        var next = clause.Next;
        if (!clause.Cue.TakesInfinitive || !reader.Is(next, "to") || next + 1 >= context.Limit || !reader.IsLowerWord(next + 1)
            || WordClasses.IsDeterminer(reader.Chars(next + 1)))
        {
            return false;
        }

        emitter.Emit(context, next, context.Limit, clause.CueSpan, clause.Speaker, 0.5, output);
        return true;
    }
}
