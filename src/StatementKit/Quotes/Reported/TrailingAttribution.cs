using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Text;
using StatementKit.Text.Grammar;

namespace StatementKit.Quotes.Reported;

/// <summary>
/// An attribution after or inside the reported clause: "…, LRT reports.", "The point, he argued, is …", "…, a source
/// close to him said.", "…, EgyptAir said on Thursday.", and inverted "…, said Steve Bell, senior director.". The
/// speaker is the phrase between the comma and the verb, or after an inverted verb.
/// </summary>
internal sealed class TrailingAttribution(CueMatcher cues, SpeakerPhraseReader phrases) : IReportedConstruction
{
    private const int MaxTrailingSpeakerTokens = 12;

    public bool TryRead(in SentenceContext context, in CueClause clause, List<QuoteCandidate> output)
    {
        var reader = context.Reader;
        var next = clause.Next;
        var endsClause = next >= context.Limit || ClauseGrammar.IsTerminal(reader, next) || reader.IsChar(next, ',');

        // Trailing or parenthetical attribution after a comma: the speaker is whatever stands between the comma and the verb.
        var parenthetical = next < context.Limit && reader.IsChar(next, ',') && !ClauseBounds.IsPrepositionAt(reader, next + 1);
        if (endsClause && PhraseAfterComma(context, clause.VerbStart) is { } between
            && (parenthetical || !ClauseBounds.IsIntroductoryPhrase(context, between.First - 1)))
        {
            Emit(context, between.First - 1, next, clause.CueSpan, reader.Span(between.First, between.Last), output);
            return true;
        }

        // "…, EgyptAir said on Thursday." / "…, a spokesman told The Wall Street Journal.": only an adjunct or the
        // addressee stands between the verb and the sentence end.
        if (!endsClause && clause.Cue.Class == CueClass.Speech && OnlyAdjunctToEnd(context, next) && PhraseAfterComma(context, clause.VerbStart) is { } before
            && phrases.ReadBackward(reader, clause.VerbStart, before.First) is { } closest && closest.First == before.First
            && !ClauseBounds.OpensSubordinateClause(reader, context.First))
        {
            Emit(context, before.First - 1, context.Limit, clause.CueSpan, reader.Span(before.First, before.Last), output);
            return true;
        }

        // Inverted: "…, said Steve Bell, senior director." / "…, says Vik." (never a verb that takes its object as the
        // content: "Berg, appearing in Oslo, cited problems in the region" has no inversion; nor one with its
        // subject before it: "Berg, who farms in Vik, said the fund came late" and "Berg, a farmer, said …" are said by
        // Berg; nor a participle: "…, saying the fund came late" reports what the subject said)
        if (reader.IsChar(clause.VerbStart - 1, ',') && clause.Cue is { Class: CueClass.Speech, Complement: not CueComplement.Object }
            && !ClauseGrammar.IsParticipleClause(reader, clause.VerbStart)
            && !phrases.HasSubjectBeforeComma(reader, clause.VerbStart, context.First)
            && phrases.ReadForward(reader, next, context.Limit) is { } after
            && (after.Last + 1 >= context.Limit || reader.IsPunctuation(after.Last + 1)) && phrases.IsPlausibleSpeaker(reader, after.First, after.Last))
        {
            Emit(context, clause.VerbStart - 1, after.Last + 1, clause.CueSpan, reader.Span(after.First, after.Last), output);
            return true;
        }

        return false;
    }

    /// <summary>Emits the clause around a trailing or parenthetical attribution that spans tokens [comma, resume).</summary>
    private void Emit(in SentenceContext context, int comma, int resume, TextSpan cue, TextSpan speaker, List<QuoteCandidate> output)
    {
        var reader = context.Reader;
        // "…, he said, on condition of anonymity" or "…, said X, executive director of Y.": what follows the
        // attribution is an adjunct or an apposition, not more reported speech.
        // "In the end, Vik said, voters will decide.": after an introductory phrase the reported clause is what follows.
        var introduced = reader.IsChar(resume, ',') && resume + 1 < context.Limit && ClauseBounds.IsIntroductoryPhrase(context, comma);
        var trailing = !introduced && (resume >= context.Limit || ClauseGrammar.IsTerminal(reader, resume)
            || reader.IsChar(resume, ',') && (ClauseBounds.IsPrepositionAt(reader, resume + 1) || IsApposition(context, resume + 1)));
        var end = trailing ? comma - 1 : ClauseBounds.LastWordBefore(context, Math.Min(context.Limit, resume + ClauseBounds.MaxClauseTokens));
        var start = introduced ? resume + 1 : Math.Max(ClauseBounds.ReportedClauseStart(context, comma), comma - ClauseBounds.MaxClauseTokens);
        while (start < end && context.Masks.Contains(reader[start].Start))
        {
            start++;
        }

        if (end >= start && !context.Masks.Contains(reader[end].Start))
        {
            ClauseEmitter.Add(context, TextSpan.FromBounds(reader[start].Start, reader[end].End), cue, speaker, 0.7, output);
        }
    }

    /// <summary>The words between the nearest comma before the verb and the verb, when they can name a speaker.</summary>
    private (int First, int Last)? PhraseAfterComma(in SentenceContext context, int verbStart)
    {
        var reader = context.Reader;
        for (var j = verbStart - 1; j > context.First && j >= verbStart - MaxTrailingSpeakerTokens; j--)
        {
            // The comma may stand inside a closing quote: "… ''looked ashen,'' Mr. Arad said".
            // (Only for a quote inside the clause: a direct quote's attribution belongs to the quote.)
            var comma = reader.IsChar(j, ',') || ClauseGrammar.IsClosingQuote(reader, j) && !context.Masks.Contains(reader[j].Start)
                && (reader.IsChar(j - 1, ',') || ClauseGrammar.IsClosingQuote(reader, j - 1) && reader.IsChar(j - 2, ','));
            if (comma)
            {
                return j + 1 < verbStart && phrases.IsPlausibleSpeaker(reader, j + 1, verbStart - 1) ? (j + 1, verbStart - 1) : null;
            }

            if (ClauseGrammar.IsTerminal(reader, j) && !reader.IsChar(j, '.') || ClauseGrammar.IsClosingQuote(reader, j) || reader.IsChar(j, ':')
                || reader.IsChar(j, ';') || cues.MatchVerb(reader, j, out _) is not null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the tokens from <paramref name="from"/> to the sentence end are a short adjunct or addressee ("on
    /// Thursday", "in an interview with CNN", "Monday", "reporters", "The Wall Street Journal") and no new clause.
    /// </summary>
    private bool OnlyAdjunctToEnd(in SentenceContext context, int from)
    {
        var reader = context.Reader;
        if (from >= context.Limit || !reader[from].IsWord || context.Limit - from > MaxTrailingSpeakerTokens + 2)
        {
            return false;
        }

        // "to" opens an addressee ("to reporters", "to The Times"), not an infinitive ("declined to comment").
        var opens = WordClasses.IsTrailingAdjunctOpener(reader.Chars(from)) && !(reader.Is(from, "to") && reader.IsLowerWord(from + 1) && !reader.Is(from + 1, "reporters"))
            || WordClasses.IsTimeWord(reader.Chars(from))
            || reader.IsCapitalised(from) && !WordClasses.IsNonNameCapitalised(reader.Chars(from));
        if (!opens)
        {
            return false;
        }

        for (var j = from; j < context.Limit; j++)
        {
            if (reader[j].IsWord && (reader.Is(j, "that") || ClauseGrammar.IsFiniteAuxiliary(reader.Chars(j)) || cues.MatchVerb(reader, j, out _) is not null)
                || reader.IsPunctuation(j) && !ClauseGrammar.IsTerminal(reader, j) && !phrases.IsAbbreviationDot(reader, j) && !reader.IsChar(j, '\'') && !reader.IsChar(j, '’'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A short verbless phrase up to the sentence end ("executive director of the Alzheimer's Association.").</summary>
    private bool IsApposition(in SentenceContext context, int from)
    {
        var reader = context.Reader;
        if (context.Limit - from > MaxTrailingSpeakerTokens)
        {
            return false;
        }

        for (var j = from; j < context.Limit; j++)
        {
            if (reader[j].IsWord && (WordClasses.IsClauseWord(reader.Chars(j)) && !reader.Is(j, "by") && !reader.Is(j, "at") || cues.MatchVerb(reader, j, out _) is not null))
            {
                return false;
            }
        }

        return true;
    }
}
