using StatementKit.Pipeline;

namespace StatementKit.Quotes.Reported;

/// <summary>"told the envoy what Norway thinks": an indirect question after the object of a verb that needs "that".</summary>
internal sealed class IndirectQuestion(ClauseEmitter emitter) : IReportedConstruction
{
    public bool TryRead(in SentenceContext context, in CueClause clause, List<QuoteCandidate> output)
    {
        var question = clause.Cue.NeedsThat ? emitter.FindThat(context, clause.Next, "what", "how", "whether", "why") : -1;
        if (question < 0)
        {
            return false;
        }

        emitter.Emit(context, question, context.Limit, clause.CueSpan, clause.Speaker, 0.6, output);
        return true;
    }
}
