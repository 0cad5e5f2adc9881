using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Text;
using StatementKit.Text.Grammar;

namespace StatementKit.Quotes.Reported;

/// <summary>
/// "Berg said taxes will not rise": a clause of at least three words right after the verb, opened by a word that can
/// open one; after a verb that needs "that", only when the clause holds a quotation.
/// </summary>
internal sealed class BareClause(ClauseEmitter emitter) : IReportedConstruction
{
    private const int MinBareClauseWords = 3;

    public bool TryRead(in SentenceContext context, in CueClause clause, List<QuoteCandidate> output)
    {
        var reader = context.Reader;
        var next = clause.Next;
        if (next + MinBareClauseWords - 1 < context.Limit && reader[next].IsWord
            && (!WordClasses.IsNoBareClauseStart(reader.Chars(next)) || ClauseGrammar.OpensFiniteClause(reader, next, context.Limit))
            && !WordClasses.IsTimeWord(reader.Chars(next))
            && (!clause.Cue.NeedsThat || context.QuotesInside.AnyWithin(TextSpan.FromBounds(reader[next].Start, context.Sentence.End))))
        {
            emitter.Emit(context, next, context.Limit, clause.CueSpan, clause.Speaker, clause.Cue.Class == CueClass.Speech ? 0.6 : 0.5, output);
        }

        return true;
    }
}
