using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// What the name finder asks of single words and short runs: a title and its length, a name word, a particle
/// ("van", "bin"), a headline verb ("Calls"), a run ending in an organisation word, a place or event that is never a
/// person. Lookups in the data; no state of its own.
/// </summary>
internal sealed class NameWords
{
    private const int MaxOrganisationRun = 8;


    private readonly StatementKitData data;

    public NameWords(StatementKitData data) => this.data = data;

    /// <summary>A lower-case particle inside a name ("Ursula von der Leyen").</summary>
    public bool IsParticle(ReadOnlySpan<char> word) => data.NameParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Number of words of the longest title starting at <paramref name="pos"/>; 0 when none.</summary>
    public int TitleAt(in TokenReader reader, int pos, out string? roleClass)
    {
        roleClass = null;
        if (pos >= reader.Count || !reader[pos].IsWord)
        {
            return 0;
        }

        var lookup = data.Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var words = Math.Min(data.MaxTitleWords, reader.Count - pos); words >= 1; words--)
        {
            var last = pos + words - 1;
            var phrase = reader.Text.AsSpan(reader[pos].Start, reader[last].End - reader[pos].Start);
            if (lookup.TryGetValue(phrase, out var found)
                || WordClasses.HasPossessiveEnding(phrase) && lookup.TryGetValue(phrase[..^2], out found))
            {
                roleClass = found;
                return words; // "the Prime Minister’s role" holds the title too
            }
        }

        return 0;
    }

    /// <summary>Whether the capitalised run from <paramref name="start"/> ends in an organisation word ("… Legacy Fund").</summary>
    public bool EndsInOrganisationWord(in TokenReader reader, int start)
    {
        var lookup = data.OrganisationWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = start; k < reader.Count && k < start + MaxOrganisationRun && (reader.IsCapitalised(k) || IsInnerToken(reader, k)); k++)
        {
            // "David Woodard of Clemson University": a given name and a surname before "of" name a person, and what
            // follows is where they work ("Bank of Canada" has found its organisation word before the "of").
            if (k >= start + 2 && (reader.Is(k, "of") || reader.Is(k, "for")) && data.FirstNames.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(reader.Chars(start)))
            {
                return false;
            }

            // The word must end the run or open an "of"/"for" phrase ("Bank of Canada"): "Bill Clinton" is a person,
            // "the Clinton Bill" is not.
            var next = reader.IsChar(k + 1, '.') ? k + 2 : k + 1;
            var endsRun = !reader.IsCapitalised(next) || reader.Is(k + 1, "of") || reader.Is(k + 1, "for");
            if (reader.IsCapitalised(k) && endsRun && lookup.Contains(reader.Chars(k)))
            {
                return true;
            }
        }

        return false;

        static bool IsInnerToken(in TokenReader reader, int k) => reader.IsChar(k, '.') || reader.Is(k, "of") || reader.Is(k, "for");
    }

    /// <summary>A capitalised third-person cue verb ("Calls", "Says", "Slams"), as headlines write them.</summary>
    public bool IsVerbForm(in TokenReader reader, int pos) =>
        reader.IsCapitalised(pos) && reader.Chars(pos) is { Length: > 3 } word && word[^1] == 's'
        && data.CueVerbs.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    /// <summary>The word less a possessive ending ("Trump’s" → "Trump"), or null when it has none.</summary>
    internal static string? StripPossessive(string word) => WordClasses.HasPossessiveEnding(word) ? word[..^2] : null;

    /// <summary>Whether the words, or their first two, name a place, an event or an organisation, never a person.</summary>
    public bool IsNeverAPerson(IReadOnlyList<string> words) =>
        data.ProperNouns.ContainsKey(string.Join(' ', words)) || words.Count > 2 && data.ProperNouns.ContainsKey(words[0] + " " + words[1]);

    /// <summary><see cref="IsNeverAPerson(IReadOnlyList{string})"/> for name words given as spans of the text.</summary>
    public bool IsNeverAPerson(string text, ReadOnlySpan<TextSpan> words)
    {
        var length = words.Length - 1;
        foreach (var word in words)
        {
            length += word.Length;
        }

        // Names are short; a hostile run of long words gets its buffer from the heap.
        Span<char> joined = length <= 256 ? stackalloc char[length] : new char[length];
        var at = 0;
        var firstTwo = 0;
        for (var k = 0; k < words.Length; k++)
        {
            if (k > 0)
            {
                joined[at++] = ' ';
            }

            Chars(text, words[k]).CopyTo(joined[at..]);
            at += words[k].Length;
            firstTwo = k == 1 ? at : firstTwo;
        }

        var properNouns = data.ProperNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        return properNouns.ContainsKey(joined) || words.Length > 2 && properNouns.ContainsKey(joined[..firstTwo]);
    }

    public static ReadOnlySpan<char> Chars(string text, TextSpan span) => text.AsSpan(span.Start, span.Length);

    /// <summary>An initial or initials as the tokenizer keeps them: one capital letter, or capitals joined by dots ("H.W").</summary>
    public static bool IsInitials(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length % 2 == 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsUpper(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    public bool IsPlace(ReadOnlySpan<char> name) => data.ProperNouns.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var kind) && kind == ProperNounClass.Place;

    /// <summary>Whether the token can be a given name written before a surname: a name word, no honorific.</summary>
    public bool IsGivenNameAt(in TokenReader reader, int pos) =>
        IsNameWord(reader, pos) && !data.Honorifics.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(reader.Chars(pos))
        && !WordClasses.HasPossessiveEnding(reader.Chars(pos));

    public bool IsNameWord(in TokenReader reader, int pos)
    {
        if (!reader.IsCapitalised(pos) || WordClasses.IsNonNameCapitalised(reader.Chars(pos)))
        {
            return false;
        }

        var word = reader.Chars(pos);
        if (reader.IsAllCaps(pos) && word.Length > 1)
        {
            return false; // NATO, KFOR: organisations, not people
        }

        return !data.CountryAdjectives.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
            && !data.Countries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            && !data.Titles.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);
    }
}
