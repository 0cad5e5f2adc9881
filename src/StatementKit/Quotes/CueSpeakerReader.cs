using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Quotes;

/// <summary>
/// Reads the speaker of a statement found by another proposer (the accurate mode's tagger) from its cue, with the
/// rules' own phrase reading: the subject of the cue verb when the content follows it (<c>X said that …</c>,
/// <c>…, saying …</c>), the phrase between the content and the verb or after an inverted verb when the content
/// precedes it (<c>…, X said.</c>, <c>…, said X.</c>), the phrase after <c>according to</c>. Thread-safe.
/// </summary>
internal sealed class CueSpeakerReader
{
    private const int MaxAccordingPhrase = 20;

    private readonly CueMatcher cues;
    private readonly SpeakerPhraseReader phrases;
    private readonly AdjacentAttributionFinder adjacent;

    public CueSpeakerReader(StatementKitData data)
        : this(new CueMatcher(data), new SpeakerPhraseReader(data))
    {
    }

    internal CueSpeakerReader(CueMatcher cues, SpeakerPhraseReader phrases)
    {
        this.cues = cues;
        this.phrases = phrases;
        adjacent = new AdjacentAttributionFinder(cues, phrases);
    }

    /// <summary>The words naming the speaker of <paramref name="content"/> next to its <paramref name="cue"/>, or null.</summary>
    public TextSpan? SpeakerOf(AnalysisDocument document, TextSpan cue, TextSpan content)
    {
        ArgumentNullException.ThrowIfNull(document);
        var reader = new TokenReader(document.Text, document.Tokens);
        var cueFirst = document.TokenIndexAtOrAfter(cue.Start);
        var cueLast = document.TokenIndexAtOrAfter(cue.End) - 1;
        if (cue.Length <= 0 || cueFirst >= reader.Count || cueLast < cueFirst || reader[cueFirst].Start >= cue.End)
        {
            return null;
        }

        var sentence = document.Sentences.Count > 0 ? document.Sentences[document.SentenceIndexAt(cue.Start)] : TextSpan.FromBounds(0, document.Text.Length);
        var first = Math.Min(cueFirst, document.TokenIndexAtOrAfter(sentence.Start));
        var limit = Math.Max(cueLast + 1, document.TokenIndexAtOrAfter(sentence.End));
        var found = Read(reader, cueFirst, cueLast, content, first, limit);
        return found is { } phrase ? reader.Span(phrase.First, phrase.Last) : null;
    }

    private (int First, int Last)? Read(in TokenReader reader, int cueFirst, int cueLast, TextSpan content, int first, int limit)
    {
        for (var k = cueFirst; k <= cueLast; k++)
        {
            if (reader.Is(k, "according") && reader.Is(k + 1, "to"))
            {
                return AccordingTo(reader, k + 2, content, limit);
            }
        }

        // The verb is the cue's first word the lexicon knows ("has long said", "told reporters"), else its first word.
        var verb = cueFirst;
        var verbLast = cueFirst;
        for (var k = cueFirst; k <= cueLast; k++)
        {
            if (cues.MatchVerb(reader, k, out var last) is not null)
            {
                (verb, verbLast) = (k, last);
                break;
            }
        }

        var verbStart = AdjacentAttributionFinder.SkipModifiersBack(reader, verb, first);

        // "…, saying that …": the speaker is the sentence's subject, not the phrase before the gerund.
        if (reader.Chars(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && reader.IsChar(verbStart - 1, ','))
        {
            return phrases.ReadSentenceHead(reader, first, verbStart - 1);
        }

        if (content.Start >= reader[cueLast].End)
        {
            return phrases.ReadSubject(reader, verbStart, first);
        }

        // The content comes first: "“…,” said X." / "…, X said." / "The point, he argued, is …".
        var afterContent = Math.Max(first, TokenAfter(reader, content.End));
        while (afterContent < verbStart && IsQuoteMark(reader, afterContent))
        {
            afterContent++;
        }

        if (afterContent <= verbStart && adjacent.After(reader, afterContent, limit) is { } attribution && attribution.Cue.Start < reader[verbLast].End
            && reader[verb].Start < attribution.Cue.End)
        {
            return Tokens(reader, attribution.Speaker);
        }

        if (phrases.ReadForward(reader, verbLast + 1, limit) is { } inverted && verbStart - 1 >= afterContent - 1 && IsCommaOrQuote(reader, verbStart - 1)
            && phrases.IsPlausibleSpeaker(reader, inverted.First, inverted.Last) && (inverted.Last + 1 >= limit || reader.IsPunctuation(inverted.Last + 1)))
        {
            return inverted;
        }

        var floor = afterContent < verbStart ? afterContent : first;
        return phrases.ReadBackward(reader, verbStart, floor) is { } before && phrases.IsPlausibleSpeaker(reader, before.First, before.Last)
            ? before
            : phrases.ReadSubject(reader, verbStart, first);
    }

    /// <summary>"According to X, …" or "…, according to X.": the phrase after "to", up to punctuation or the content.</summary>
    private (int First, int Last)? AccordingTo(in TokenReader reader, int start, TextSpan content, int limit)
    {
        var last = -1;
        for (var j = start; j < limit && j < start + MaxAccordingPhrase; j++)
        {
            var inContent = reader[j].Start >= content.Start && reader[j].Start < content.End;
            if (inContent || reader.IsPunctuation(j) && !reader.IsChar(j, '\'') && !reader.IsChar(j, '’') && !phrases.IsAbbreviationDot(reader, j))
            {
                break;
            }

            last = j;
        }

        return last >= start ? (start, last) : null;
    }

    private static int TokenAfter(in TokenReader reader, int position)
    {
        int lo = 0, hi = reader.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (reader[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static (int First, int Last)? Tokens(in TokenReader reader, TextSpan span)
    {
        var firstToken = TokenAfter(reader, span.Start);
        var lastToken = TokenAfter(reader, span.End) - 1;
        return firstToken <= lastToken ? (firstToken, lastToken) : null;
    }

    private static bool IsCommaOrQuote(in TokenReader reader, int index) => reader.IsChar(index, ',') || IsQuoteMark(reader, index);

    private static bool IsQuoteMark(in TokenReader reader, int index) =>
        reader.IsPunctuation(index) && reader.Text[reader[index].Start] is '”' or '"' or '’' or '»' or '“' or '«' or '‘';
}
