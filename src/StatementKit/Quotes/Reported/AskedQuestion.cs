using StatementKit.Pipeline;
using StatementKit.Text.Grammar;

namespace StatementKit.Quotes.Reported;

/// <summary>
/// "When asked why, Berg said …", "when asked by a reporter if that remains his view": the question is what the
/// clause reports, from its question word to the comma; the one asked is the subject of the main clause after it.
/// A cue verb after a subordinator reads nothing else.
/// </summary>
internal sealed class AskedQuestion(SpeakerPhraseReader phrases) : IReportedConstruction
{
    private const int MaxQuestionDistance = 10;

    public bool TryRead(in SentenceContext context, in CueClause clause, List<QuoteCandidate> output)
    {
        var reader = context.Reader;
        if (!ClauseGrammar.IsSubordinateMarker(reader, clause.VerbStart - 1))
        {
            return false;
        }

        var question = -1;
        for (var j = clause.Next; j < context.Limit && j < clause.Next + MaxQuestionDistance; j++)
        {
            if (reader.IsPunctuation(j) && !phrases.IsAbbreviationDot(reader, j))
            {
                break;
            }

            if (ClauseGrammar.IsQuestionOpener(reader, j))
            {
                question = j;
                break;
            }
        }

        if (question < 0)
        {
            return true;
        }

        var comma = -1;
        for (var j = question + 1; j < context.Limit && j < question + ClauseBounds.MaxClauseTokens; j++)
        {
            if (reader.IsChar(j, ','))
            {
                comma = j;
                break;
            }

            if (reader.IsPunctuation(j) && !phrases.IsAbbreviationDot(reader, j) && !reader.IsChar(j, '\'') && !reader.IsChar(j, '’'))
            {
                break;
            }
        }

        if (comma < 0)
        {
            return true;
        }

        var asked = phrases.ReadSentenceHead(reader, comma + 1, context.Limit) is { } head && head.First == comma + 1 ? reader.Span(head.First, head.Last) : (TextSpan?)null;
        ClauseEmitter.Add(context, reader.Span(question, comma - 1), clause.CueSpan, asked, 0.5, output);
        return true;
    }
}
