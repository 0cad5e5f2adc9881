using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Quotes.Reported;

/// <summary>"Berg endorsed Dahl on Friday", "She praised the plan": the object is what the verb reports.</summary>
internal sealed class ObjectComplement(ClauseEmitter emitter) : IReportedConstruction
{
    public bool TryRead(in SentenceContext context, in CueClause clause, List<QuoteCandidate> output)
    {
        var reader = context.Reader;
        var next = clause.Next;
        if (clause.Cue.Complement != CueComplement.Object || clause.IsGerund(context) || next >= context.Limit || !reader[next].IsWord
            || WordClasses.IsNoBareClauseStart(reader.Chars(next)) || WordClasses.IsTimeWord(reader.Chars(next)))
        {
            return false;
        }

        emitter.EmitObject(context, next, clause.CueSpan, clause.Speaker, output);
        return true;
    }
}
