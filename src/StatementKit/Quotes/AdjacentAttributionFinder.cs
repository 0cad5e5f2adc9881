using StatementKit.Data;
using StatementKit.Speakers;
using StatementKit.Text;

namespace StatementKit.Quotes;

/// <summary>A cue and a speaker phrase standing right next to a quotation.</summary>
internal readonly record struct AdjacentAttribution(TextSpan Cue, TextSpan Speaker);

/// <summary>
/// Finds the attribution that stands next to a direct quote: after it (<c>“…,” Kallas said</c>, <c>said Mr X</c>,
/// <c>she added</c>) or before it, ending in a colon or comma (<c>Mr Stoltenberg said: “…”</c>).
/// </summary>
internal sealed class AdjacentAttributionFinder
{
    private const int MaxLookahead = 16;
    private const int MaxObjectWords = 6;
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
        while (i < limit && i < start + 2 && (reader.IsChar(i, ',') || reader.IsChar(i, '—') || reader.IsChar(i, '–') || reader.IsChar(i, '-')))
        {
            i++;
        }

        if (i >= limit || !reader[i].IsWord)
        {
            return null;
        }

        // "said Kallas", "says Støre", "added the Secretary General"
        if (cues.MatchVerb(reader, i, out var cueLast) is { Class: CueClass.Speech })
        {
            if (phrases.ReadForward(reader, cueLast + 1, limit) is { } forward && EndsAttribution(reader, forward.Last + 1, limit)
                && phrases.IsPlausibleSpeaker(reader, forward.First, forward.Last))
            {
                return new AdjacentAttribution(reader.Span(i, cueLast), reader.Span(forward.First, forward.Last));
            }

            return null;
        }

        // "Kallas said", "the head of the Estonian government said", "she added"
        for (var j = i + 1; j < limit && j < i + MaxLookahead; j++)
        {
            if (reader.IsPunctuation(j) && !reader.IsChar(j, ','))
            {
                return null;
            }

            if (cues.MatchVerb(reader, j, out var last) is not { } cue)
            {
                continue;
            }

            var verbStart = j;
            while (verbStart - 1 > i && reader[verbStart - 1].IsWord && WordClasses.IsVerbModifier(reader.Chars(verbStart - 1)))
            {
                verbStart--;
            }

            if (phrases.ReadBackward(reader, verbStart, i) is { } backward && backward.First == i
                && phrases.IsPlausibleSpeaker(reader, backward.First, backward.Last) && cue.Class == CueClass.Speech)
            {
                return new AdjacentAttribution(reader.Span(j, last), reader.Span(backward.First, backward.Last));
            }

            return null;
        }

        return null;
    }

    /// <summary>An attribution ending at token <paramref name="end"/> (exclusive) with a colon or comma, not before <paramref name="floor"/>.</summary>
    public AdjacentAttribution? Before(in TokenReader reader, int end, int floor)
    {
        var colon = end - 1;
        if (colon < floor || !(reader.IsChar(colon, ':') || reader.IsChar(colon, ',')))
        {
            return null;
        }

        // Allow a short object or adverbial between verb and colon: "told reporters:", "said in a statement:".
        for (var j = colon - 1; j >= floor && j >= colon - 1 - MaxObjectWords; j--)
        {
            if (!reader[j].IsWord)
            {
                return null;
            }

            if (cues.MatchVerb(reader, j, out var last) is null || last >= colon)
            {
                continue;
            }

            var verbStart = j;
            while (verbStart - 1 >= floor && reader[verbStart - 1].IsWord && WordClasses.IsVerbModifier(reader.Chars(verbStart - 1)))
            {
                verbStart--;
            }

            if (phrases.ReadBackward(reader, verbStart, floor) is { } subject && phrases.IsPlausibleSpeaker(reader, subject.First, subject.Last))
            {
                return new AdjacentAttribution(reader.Span(j, last), reader.Span(subject.First, subject.Last));
            }

            return null;
        }

        return null;
    }

    private static bool EndsAttribution(in TokenReader reader, int next, int limit) =>
        next >= limit || reader.IsPunctuation(next);
}
