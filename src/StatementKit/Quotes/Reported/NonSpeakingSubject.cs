using StatementKit.Pipeline;
using StatementKit.Text.Grammar;

namespace StatementKit.Quotes.Reported;

/// <summary>
/// Cue verbs whose subject is not the speaker: a passive ("was asked", "it was known that", "was reported by") and a
/// plural noun that looks like a verb ("member states can provide"). Reads the clause as reporting nothing.
/// </summary>
internal sealed class NonSpeakingSubject : IReportedConstruction
{
    public bool TryRead(in SentenceContext context, in CueClause clause, List<QuoteCandidate> output)
    {
        var reader = context.Reader;
        if (clause.Passive && !clause.IsGerund(context) || reader.Is(clause.Next, "by"))
        {
            return true;
        }

        return clause.Next < context.Limit && reader[clause.Next].IsWord && ClauseGrammar.IsModal(reader.Chars(clause.Next));
    }
}
