using System.Collections.Frozen;
using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Quotes;

/// <summary>Recognises speech and cognition cue verbs (one or more words) at a token position.</summary>
internal sealed class CueMatcher
{
    private readonly StatementKitData data;
    private readonly CueScorer learnt;

    // Built once: asking a frozen collection for its span lookup at every token checks its comparer each time.
    private readonly FrozenDictionary<string, CueVerb>.AlternateLookup<ReadOnlySpan<char>> lexicon;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> nonCueWords;

    /// <summary>
    /// The first words of the lexicon's cues of several words ("pointed" of "pointed out"): only at one of them can a
    /// phrase match, so every other word is looked up once, not once per phrase length (nearly every word is tried).
    /// </summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> phraseStarts;

    public CueMatcher(StatementKitData data)
    {
        this.data = data;
        learnt = new CueScorer(data);
        lexicon = data.CueVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        nonCueWords = data.NonCueWords.GetAlternateLookup<ReadOnlySpan<char>>();
        phraseStarts = data.CueVerbs.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).Select(k => k[..k.IndexOf(' ', StringComparison.Ordinal)])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The cue starting at <paramref name="index"/>, longest first, and the index of its last token.</summary>
    public CueVerb? Match(in TokenReader reader, int index, out int lastIndex)
    {
        lastIndex = index;
        if (index < 0 || index >= reader.Count || !reader[index].IsWord)
        {
            return null;
        }

        var longest = Math.Min(data.MaxCueWords, reader.Count - index);
        if (longest > 1 && !phraseStarts.Contains(reader.Chars(index)))
        {
            longest = 1;
        }

        for (var words = longest; words >= 1; words--)
        {
            var last = index + words - 1;
            if (!AllWords(reader, index, last))
            {
                continue;
            }

            var phrase = reader.Text.AsSpan(reader[index].Start, reader[last].End - reader[index].Start);
            if (words > 1 && phrase.Length != SingleSpaced(reader, index, last))
            {
                continue;
            }

            if (lexicon.TryGetValue(phrase, out var cue))
            {
                lastIndex = last;
                return cue;
            }
        }

        return null;
    }

    /// <summary>Whether the token is a cue written in lower case (as a verb, not a capitalised name or heading).</summary>
    public CueVerb? MatchVerb(in TokenReader reader, int index, out int lastIndex)
    {
        lastIndex = index;
        return reader.IsLowerWord(index) ? Match(reader, index, out lastIndex) : null;
    }

    /// <summary>
    /// A cue the lexicon lacks but the learnt model sees in context ("ordered", "rescinded"): taken as a speech verb whose
    /// object, clause or infinitive is the content.
    /// </summary>
    public CueVerb? MatchLearned(in TokenReader reader, int index)
    {
        if (data.CueModel.IsEmpty || !CueFeatures.IsCandidate(reader, index) || nonCueWords.Contains(reader.Chars(index)))
        {
            return null;
        }

        if (!learnt.Accepts(reader, index))
        {
            return null;
        }

        var form = reader.Word(index);
        return new CueVerb(form, form, CueClass.Speech, 1, CueComplement.Object, TakesInfinitive: true);
    }

    private static bool AllWords(in TokenReader reader, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (!reader[i].IsWord)
            {
                return false;
            }
        }

        return true;
    }

    private static int SingleSpaced(in TokenReader reader, int first, int last)
    {
        var length = 0;
        for (var i = first; i <= last; i++)
        {
            length += reader[i].Length + (i > first ? 1 : 0);
        }

        return length;
    }
}
