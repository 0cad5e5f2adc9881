using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Quotes;

/// <summary>A cue and a speaker phrase standing right next to a quotation.</summary>
internal readonly record struct AdjacentAttribution(TextSpan Cue, TextSpan Speaker);

/// <summary>
/// Finds the attribution that stands next to a direct quote: after it (<c>“…,” Berg said</c>, <c>said Mr X</c>,
/// <c>she added</c>) or before it, ending in a colon or comma (<c>Mr Dahl said: “…”</c>).
/// </summary>
internal sealed class AdjacentAttributionFinder
{
    private const int MaxLookahead = 16;
    private const int MaxAppositionLookahead = 40;
    private const int MaxParenthesisTokens = 8;
    private const int MaxObjectWords = 10;
    private const int MaxNameColonTokens = 6;
    private readonly CueMatcher cues;
    private readonly SpeakerPhraseReader phrases;

    public AdjacentAttributionFinder(CueMatcher cues, SpeakerPhraseReader phrases)
    {
        this.cues = cues;
        this.phrases = phrases;
    }

    /// <summary>An attribution starting at token <paramref name="start"/>, not reaching <paramref name="limit"/>.</summary>
    public AdjacentAttribution? After(in TokenReader reader, int start, int limit)
    {
        var i = start;
        var dash = -1;
        while (i < limit && i < start + 2 && (reader.IsChar(i, ',') || IsDashToken(reader, i)))
        {
            dash = IsDashToken(reader, i) ? i : dash;
            i++;
        }

        if (i >= limit || !reader[i].IsWord)
        {
            return null;
        }

        // "said Berg", "says Vik", "added the Secretary General"
        if (cues.MatchVerb(reader, i, out var cueLast) is { Class: CueClass.Speech or CueClass.Manner })
        {
            if (phrases.ReadForward(reader, cueLast + 1, limit) is { } forward
                && (EndsAttribution(reader, forward.Last + 1, limit) || SpeakerPhraseReader.StartsAdjunct(reader, forward.Last + 1))
                && phrases.IsPlausibleSpeaker(reader, forward.First, forward.Last))
            {
                return new AdjacentAttribution(reader.Span(i, cueLast), reader.Span(forward.First, forward.Last));
            }

            return null;
        }

        // "Berg said", "the head of the Estonian government said", "she added", "Rep. Anna Berg (D-Wis.) said",
        // "Lars Holm Vik, director of the Institute for Fiscal Studies, told reporters"
        for (var j = i + 1; j < limit && j < i + MaxAppositionLookahead; j++)
        {
            if (reader.IsChar(j, '(') && reader.ClosingParenthesis(j, limit, MaxParenthesisTokens) is var close and >= 0)
            {
                j = close;
                continue;
            }

            if (reader.IsPunctuation(j) && !reader.IsChar(j, ',') && !phrases.IsAbbreviationDot(reader, j))
            {
                break;
            }

            if (cues.MatchVerb(reader, j, out var last) is not { } cue)
            {
                continue;
            }

            if (cue.Class is not (CueClass.Speech or CueClass.Manner))
            {
                return null;
            }

            var verbStart = SkipModifiersBack(reader, j, i + 1);
            if (j < i + MaxLookahead && phrases.ReadBackward(reader, verbStart, i) is { } backward && backward.First == i
                && phrases.IsPlausibleSpeaker(reader, backward.First, backward.Last))
            {
                return new AdjacentAttribution(reader.Span(j, last), reader.Span(backward.First, backward.Last));
            }

            return NameBeforeApposition(reader, i, verbStart) is { } name
                ? new AdjacentAttribution(reader.Span(j, last), reader.Span(name.First, name.Last))
                : null;
        }

        // "“…” ― Anna Berg": a quotation signed with a dash and a name, as in reader comments and epigraphs.
        if (dash >= 0 && phrases.ReadForward(reader, i, limit) is { } signature && EndsAttribution(reader, signature.Last + 1, limit)
            && reader.IsCapitalised(signature.First) && reader.IsCapitalised(signature.Last) && phrases.IsPlausibleSpeaker(reader, signature.First, signature.Last))
        {
            return new AdjacentAttribution(reader[dash].Span, reader.Span(signature.First, signature.Last));
        }

        return null;
    }

    /// <summary>
    /// The name that opens a long apposition closed by a comma right before the verb ("Anna Berg, director of …, said"):
    /// the name must be capitalised and followed by a comma or a parenthesis.
    /// </summary>
    private (int First, int Last)? NameBeforeApposition(in TokenReader reader, int first, int verbStart)
    {
        if (!(reader.IsChar(verbStart - 1, ',') || reader.IsChar(verbStart - 1, ')')) || phrases.ReadForward(reader, first, verbStart) is not { } name)
        {
            return null;
        }

        var closesName = reader.IsChar(name.Last + 1, ',') || reader.IsChar(name.Last + 1, '(');
        return closesName && name.Last + 1 < verbStart - 1 && reader.IsCapitalised(name.First) && reader.IsCapitalised(name.Last)
            && phrases.IsPlausibleSpeaker(reader, name.First, name.Last)
            ? name
            : null;
    }

    private static bool IsDashToken(in TokenReader reader, int index) => reader.IsDash(index) || reader.IsChar(index, '-');

    /// <summary>
    /// An attribution ending right before the quote at token <paramref name="end"/> (exclusive), not before
    /// <paramref name="floor"/>: <c>X said: “</c>, <c>X told reporters on Monday, “</c>, <c>According to X: “</c>, or a
    /// cue right before the mark (<c>writing “</c>).
    /// </summary>
    public AdjacentAttribution? Before(in TokenReader reader, int end, int floor)
    {
        var lead = end - 1;
        if (lead < floor)
        {
            return null;
        }

        var introduced = reader.IsChar(lead, ':') || reader.IsChar(lead, ',');
        if (!introduced && !(reader[lead].IsWord && cues.MatchVerb(reader, lead, out _) is { Class: CueClass.Speech }))
        {
            return null;
        }

        // A short object or adverbial may stand between verb and colon: "told reporters:", "wrote to his 20,000 followers,".
        for (var j = introduced ? lead - 1 : lead; j >= floor && j >= lead - 1 - MaxObjectWords; j--)
        {
            if (reader.IsPunctuation(j) && !reader.IsChar(j, ',') || reader.BreakBetween(j, lead))
            {
                return null;
            }

            if (reader.Is(j, "according") && reader.Is(j + 1, "to") && j + 2 < lead)
            {
                return new AdjacentAttribution(reader.Span(j, j + 1), reader.Span(j + 2, lead - 1));
            }

            if (cues.MatchVerb(reader, j, out var last) is not { Class: CueClass.Speech or CueClass.Manner } || last >= lead && introduced)
            {
                continue;
            }

            // "…, saying “…”": the speaker is the subject of the sentence, not the phrase before the gerund.
            if (reader.Chars(j).EndsWith("ing", StringComparison.Ordinal))
            {
                return phrases.ReadSentenceHead(reader, floor, j) is { } head
                    ? new AdjacentAttribution(reader.Span(j, last), reader.Span(head.First, head.Last))
                    : null;
            }

            var verbStart = SkipModifiersBack(reader, j, floor);

            return phrases.ReadSubject(reader, verbStart, floor) is { } subject
                ? new AdjacentAttribution(reader.Span(j, last), reader.Span(subject.First, subject.Last))
                : null;
        }

        return reader.IsChar(lead, ':') ? NameColon(reader, lead, floor) ?? ColonLeadIn(reader, lead, floor) : null;
    }

    /// <summary>
    /// A sentence that ends in a colon right before a quote introduces its subject's words, whatever its verb:
    /// <c>She then addressed the supporters again: “…”</c>.
    /// </summary>
    private AdjacentAttribution? ColonLeadIn(in TokenReader reader, int colon, int floor) =>
        colon > floor && phrases.ReadSentenceHead(reader, floor, colon) is { } head && head.Last < colon - 1
        && (head.First == head.Last && phrases.IsPronoun(reader.Chars(head.First)) || reader.IsCapitalised(head.Last))
            ? new AdjacentAttribution(reader[colon].Span, reader.Span(head.First, head.Last))
            : null;

    /// <summary>A headline-style lead-in, a name and a colon: <c>Mark Blumenthal and Jon Cohen: “…”</c>.</summary>
    private AdjacentAttribution? NameColon(in TokenReader reader, int colon, int floor)
    {
        if (phrases.ReadBackward(reader, colon, floor) is not { } name || name.Last - name.First >= MaxNameColonTokens
            || !(name.First == floor || reader.IsPunctuation(name.First - 1)))
        {
            return null;
        }

        for (var i = name.First; i <= name.Last; i++)
        {
            if (reader.IsLowerWord(i) && !reader.Is(i, "and") && !phrases.ContainsTitle(reader, name.First, name.Last))
            {
                return null; // "The reason is simple:" is no speaker; "Ukraine’s foreign minister:" is
            }
        }

        return phrases.IsPlausibleSpeaker(reader, name.First, name.Last) ? new AdjacentAttribution(reader[colon].Span, reader.Span(name.First, name.Last)) : null;
    }

    /// <summary>The first of the adverbs and auxiliaries right before a verb ("also said"), not before <paramref name="floor"/>.</summary>
    internal static int SkipModifiersBack(in TokenReader reader, int verb, int floor)
    {
        var start = verb;
        while (start - 1 >= floor && reader[start - 1].IsWord && WordClasses.IsVerbModifier(reader.Chars(start - 1)))
        {
            start--;
        }

        return start;
    }

    private static bool EndsAttribution(in TokenReader reader, int next, int limit) =>
        next >= limit || reader.IsPunctuation(next);
}
