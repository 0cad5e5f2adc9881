using StatementKit.Text;
using StatementKit.Text.Grammar;

namespace StatementKit.Quotes.Reported;

/// <summary>Where reported clauses begin and end inside a sentence: the boundaries every construction shares.</summary>
internal static class ClauseBounds
{
    public const int MaxClauseTokens = 160;
    private const int MaxColonDistance = 5;
    private const int MaxIntroductoryTokens = 8;

    /// <summary>Steps back over adverbs, auxiliaries and time phrases between a subject and its verb ("said on Tuesday" too).</summary>
    public static int SkipModifiersBack(in SentenceContext context, int verb, out bool passive)
    {
        var reader = context.Reader;
        var start = verb;
        passive = false;
        while (start - 1 >= context.First && reader[start - 1].IsWord)
        {
            var word = reader.Chars(start - 1);
            if (WordClasses.IsVerbModifier(word))
            {
                passive |= WordClasses.IsPassiveAuxiliary(reader.Chars(start - 1));
                start--;
            }
            else if (WordClasses.IsTimeWord(word))
            {
                start--;
                if (reader.Is(start - 1, "on") || reader.Is(start - 1, "last") || reader.Is(start - 1, "this") || reader.Is(start - 1, "early") || reader.Is(start - 1, "late"))
                {
                    start--;
                }
            }
            else
            {
                break;
            }
        }

        return start;
    }

    /// <summary>"In the conversation, Vik highlighted …": a short adverbial opening the sentence is no reported clause.</summary>
    public static bool IsIntroductoryPhrase(in SentenceContext context, int comma)
    {
        var reader = context.Reader;
        return comma - context.First <= MaxIntroductoryTokens && reader[context.First].IsWord && WordClasses.IsNoBareClauseStart(reader.Chars(context.First));
    }

    /// <summary>"Though he trails …, X said on Monday": a sentence opening with a subordinator or adverbial reports nothing before its comma.</summary>
    public static bool OpensSubordinateClause(in TokenReader reader, int first) =>
        reader[first].IsWord && (WordClasses.IsNoBareClauseStart(reader.Chars(first)) || WordClasses.IsClauseWord(reader.Chars(first))
            || reader.Is(first, "still") || reader.Is(first, "nonetheless") || reader.Is(first, "despite") || reader.Is(first, "although"));

    /// <summary>A lower-case word that never opens a bare clause: a preposition after a comma belongs to an adjunct.</summary>
    public static bool IsPrepositionAt(in TokenReader reader, int index) =>
        reader.IsLowerWord(index) && WordClasses.IsNoBareClauseStart(reader.Chars(index));

    /// <summary>
    /// Where the clause that ends at <paramref name="end"/> begins: after the last colon or semicolon before it, else
    /// after an introductory phrase that opens the sentence ("In June, …", "Entering the final contests, …"), else at
    /// the sentence start.
    /// </summary>
    public static int ReportedClauseStart(in SentenceContext context, int end)
    {
        var reader = context.Reader;
        for (var j = end - 1; j > context.First && j >= end - MaxClauseTokens; j--)
        {
            if ((reader.IsChar(j, ':') || reader.IsChar(j, ';')) && !context.Masks.Contains(reader[j].Start))
            {
                return j + 1;
            }
        }

        var opensWithAdjunct = reader[context.First].IsWord
            && (WordClasses.IsNoBareClauseStart(reader.Chars(context.First)) || reader.Chars(context.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase));
        for (var j = context.First + 1; opensWithAdjunct && j < end && j <= context.First + MaxIntroductoryTokens; j++)
        {
            if (reader.IsChar(j, ','))
            {
                return j + 1;
            }
        }

        return context.First;
    }

    /// <summary>Index of a colon closing a short object ("highlighted two points:"); -1 if none.</summary>
    public static int FindColon(in SentenceContext context, int from)
    {
        var reader = context.Reader;
        for (var j = from; j < context.Limit && j < from + MaxColonDistance; j++)
        {
            if (reader.IsChar(j, ':'))
            {
                return j;
            }

            if (!reader[j].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The last token before <paramref name="limit"/> that is not punctuation, or -1.</summary>
    public static int LastWordBefore(in SentenceContext context, int limit)
    {
        for (var j = limit - 1; j >= context.First; j--)
        {
            if (!context.Reader.IsPunctuation(j))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The list items (lines opening with a bullet or hyphen) that follow the sentence's paragraph.</summary>
    public static TextSpan? ListAfter(in SentenceContext context)
    {
        var document = context.Document;
        var p = document.ParagraphIndexAt(context.Sentence.Start);
        var start = -1;
        var end = -1;
        for (var q = p + 1; q < document.Paragraphs.Count; q++)
        {
            var item = document.Paragraphs[q];
            if (document.Text[item.Start] is not ('-' or '•' or '*' or '·' or '▪'))
            {
                break;
            }

            var textStart = item.Start + 1;
            while (textStart < item.End && char.IsWhiteSpace(document.Text[textStart]))
            {
                textStart++;
            }

            start = start < 0 ? textStart : start;
            end = item.End;
        }

        return start >= 0 && end > start ? TextSpan.FromBounds(start, end) : null;
    }
}
