using StatementKit.Data;
using StatementKit.Pipeline;

namespace StatementKit.Quotes.Reported;

/// <summary>"X said (to reporters) that …": the clause after "that", past a short object or adverbial.</summary>
internal sealed class ThatClause(ClauseEmitter emitter) : IReportedConstruction
{
    public bool TryRead(in SentenceContext context, in CueClause clause, List<QuoteCandidate> output)
    {
        var that = emitter.FindThat(context, clause.Next, "that");
        if (that < 0)
        {
            return false;
        }

        emitter.Emit(context, that + 1, context.Limit, clause.CueSpan, clause.Speaker, clause.Cue.Class == CueClass.Speech ? 0.8 : 0.7, output);
        return true;
    }
}
