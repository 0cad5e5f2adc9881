using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Quotes.Reported;

/// <summary>"X said (to reporters) that …": the clause after "that", past a short object or adverbial.</summary>
internal sealed class ThatClause(ClauseEmitter emitter) : IReportedConstruction
{
    private const int MaxAdjunctWords = 5;

    public bool TryRead(in SentenceContext context, in CueClause clause, List<QuoteCandidate> output)
    {
        var that = emitter.FindThat(context, clause.Next, "that");
        if (that < 0)
        {
            return false;
        }

        if (!IsAdjunctOnly(context, that + 1))
        {
            emitter.Emit(context, that + 1, context.Limit, clause.CueSpan, clause.Speaker, clause.Cue.Class == CueClass.Speech ? 0.8 : 0.7, output);
        }

        return true;
    }

    /// <summary>
    /// "She proposed just that in 2013.", "He rejected that, too.": "that" is the verb's object, and what follows it to
    /// the sentence's end is a short adjunct (a preposition or comma, then a few words), not a reported clause.
    /// </summary>
    private static bool IsAdjunctOnly(in SentenceContext context, int start)
    {
        var reader = context.Reader;
        if (start >= context.Limit || !(reader.IsChar(start, ',') || ClauseBounds.IsPrepositionAt(reader, start)))
        {
            return false;
        }

        var words = 0;
        for (var j = start; j < context.Limit; j++)
        {
            words += reader[j].IsWord || reader[j].Kind == TokenKind.Number ? 1 : 0;

            // "that in 2013 the plan failed": a determiner or auxiliary past the preposition's own phrase opens a clause.
            if (words > MaxAdjunctWords || context.Masks.Contains(reader[j].Start)
                || j >= start + 2 && reader[j].IsWord && (WordClasses.IsDeterminer(reader.Chars(j)) || WordClasses.IsFiniteAuxiliary(reader.Chars(j))))
            {
                return false;
            }
        }

        return true;
    }
}
