using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// Finds person names without a model: a run of capitalised words (with particles, initials and hyphens) that a title
/// or honorific introduces ("NATO Secretary General Erik Dahl", "Mr Dahl", "Prime Minister of Estonia
/// Anna Berg") or that opens with a known first name ("Anna Berg").
/// </summary>
internal sealed class NameMentionFinder
{
    private const int MaxNameTokens = 5;
    private const int MinHeadlineWords = 3;
    private const int MaxHeadlineWords = 20;
    private const int MinTerminatedHeadlineWords = 4;
    private const int MaxOrganisationRun = 8;

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "bin", "ibn", "al", "el", "ter", "ten", "dos", "das",
    };

    private readonly StatementKitData data;

    public NameMentionFinder(StatementKitData data) => this.data = data;

    public List<NameMention> Find(in TokenReader reader, CommonWords common, CancellationToken cancellationToken)
    {
        var mentions = new List<NameMention>();
        var headlineEnd = -1;
        var inHeadline = false;
        for (var i = 0; i < reader.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!reader.IsCapitalised(i))
            {
                continue;
            }

            if (InHeadline(reader, i, ref headlineEnd, ref inHeadline))
            {
                continue;
            }

            if (TryRead(reader, i, common, out var mention, out var next))
            {
                mentions.Add(mention);
                i = next - 1;
            }
        }

        return mentions;
    }

    private bool TryRead(in TokenReader reader, int start, CommonWords common, out NameMention mention, out int next)
    {
        mention = null!;
        next = start + 1;
        var pos = start;
        string? country = null;
        string? organization = null;

        // A qualifier before a title: "Norwegian Prime Minister", "NATO Secretary General".
        if (TitleAt(reader, pos + 1, out _) > 0)
        {
            if (data.CountryAdjectives.TryGetValue(reader.Word(pos), out var adjectiveCountry))
            {
                country = adjectiveCountry;
                pos++;
            }
            else if (reader.IsAllCaps(pos))
            {
                organization = reader.Word(pos);
                pos++;
            }
            else if (IsPlace(reader.Word(pos)))
            {
                country = reader.Word(pos); // "Virginia Democrat Tim Kaine", "Ontario Premier Doug Ford"
                pos++;
            }
        }
        else if (TitleAt(reader, pos + 2, out _) > 0 && reader.IsCapitalised(pos + 1) && IsPlace(reader.Word(pos) + " " + reader.Word(pos + 1)))
        {
            country = reader.Word(pos) + " " + reader.Word(pos + 1); // "New Jersey Gov. Chris Christie"
            pos += 2;
        }

        Role? role = null;
        string? roleClass = null;
        var titleWords = reader.IsCapitalised(pos) ? TitleAt(reader, pos, out roleClass) : 0;
        if (titleWords > 0)
        {
            var title = reader.Text.Substring(reader[pos].Start, reader[pos + titleWords - 1].End - reader[pos].Start);
            pos += titleWords;
            // "Prime Minister of Estonia Anna Berg"
            if (reader.Is(pos, "of") && reader.IsCapitalised(pos + 1) && reader.IsCapitalised(pos + 2))
            {
                var of = pos + 1;
                if (reader.Is(of, "the"))
                {
                    of++;
                }

                var place = reader.Word(of);
                if (data.Countries.Contains(place) || reader.IsAllCaps(of))
                {
                    country = data.Countries.Contains(place) ? place : country;
                    organization = reader.IsAllCaps(of) ? place : organization;
                    pos = of + 1;
                }
            }

            role = new Role(title, roleClass!, country, organization);
        }
        else if (pos != start)
        {
            return false;
        }

        var honorific = Gender.Unknown;
        TextSpan? honorificSpan = null;
        if (reader[pos < reader.Count ? pos : reader.Count - 1].IsWord && pos < reader.Count
            && data.Honorifics.TryGetValue(reader.Word(pos), out var honorificGender) && reader.IsCapitalised(pos))
        {
            honorific = honorificGender;
            honorificSpan = reader[pos].Span;
            pos++;
            if (reader.IsChar(pos, '.'))
            {
                pos++;
            }
        }

        var nameStart = pos;
        // The name words are kept as spans of the text until the name is accepted: most capitalised runs are not
        // person names ("The", "Senate", "Washington"), and a string per word was most of what the finder allocated.
        Span<TextSpan> names = stackalloc TextSpan[MaxNameTokens];
        var count = 0;
        while (pos < reader.Count && count < MaxNameTokens)
        {
            // "Chris Christie Calls Hillary Clinton …": a headline verb after a name is not part of it.
            if (count > 0 && IsVerbForm(reader, pos))
            {
                break;
            }

            if (IsNameWord(reader, pos))
            {
                var possessive = WordClasses.HasPossessiveEnding(reader.Chars(pos));
                names[count++] = possessive ? new TextSpan(reader[pos].Start, reader[pos].Length - 2) : reader[pos].Span;
                pos++;
                if (possessive)
                {
                    break; // "Donald Trump’s campaign": the possessive ends the name, and is no part of it
                }

                if (reader.IsChar(pos, '.') && reader[pos - 1].Length == 1)
                {
                    pos++; // an initial: "John F. Kennedy"
                }

                continue;
            }

            if (count > 0 && reader[pos].IsWord && Particles.Contains(reader.Word(pos)) && IsNameWord(reader, pos + 1))
            {
                names[count++] = reader[pos].Span;
                pos++;
                continue;
            }

            break;
        }

        if (count == 0)
        {
            return false;
        }

        var nameEnd = pos - 1;
        while (nameEnd > nameStart && reader.IsPunctuation(nameEnd))
        {
            nameEnd--;
        }

        // "Virginia Conservation Legacy Fund", "Anna Berg Presidential Center": a capitalised run that ends in an
        // organisation word names an institution, not a person.
        if (EndsInOrganisationWord(reader, nameStart))
        {
            return false;
        }

        // "Great Depression", "Nova Scotia", "West Point": names of events and places, whatever their first word.
        var text = reader.Text;
        if (role is null && honorificSpan is null && IsNeverAPerson(text, names[..count]))
        {
            return false;
        }

        // A first name from the lexicon is evidence of a person only before a word the text never writes in lower case:
        // "Stewart Island", "Mile Beach", "Temple Run" end in common nouns.
        var known = role is not null || honorificSpan is not null
            || count >= 2 && data.FirstNames.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(Chars(text, names[0]))
                && !data.CountryAdjectives.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(Chars(text, names[1]))
                && !common.Contains(Chars(text, names[count - 1]));
        if (!known)
        {
            return false;
        }

        var words = new List<string>(count);
        foreach (var name in names[..count])
        {
            words.Add(text.Substring(name.Start, name.Length));
        }

        mention = new NameMention(reader.Span(start, nameEnd), reader.Span(nameStart, nameEnd), words, role, honorific, honorificSpan);
        next = pos;
        return true;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> lies on a Title Case line ("Finland’s Premier Avoids Promises"): headline
    /// capitals make any word look like a name, so names are read from the body instead. Each line is classified once.
    /// </summary>
    private static bool InHeadline(in TokenReader reader, int i, ref int lineEnd, ref bool headline)
    {
        if (reader[i].Start < lineEnd)
        {
            return headline;
        }

        var text = reader.Text;
        var start = reader[i].Start;
        while (start > 0 && !Characters.IsLineBreak(text[start - 1]))
        {
            start--;
        }

        var end = reader[i].Start;
        while (end < text.Length && !Characters.IsLineBreak(text[end]))
        {
            end++;
        }

        lineEnd = end;
        int words = 0, capitalised = 0;
        var lastCapitalised = false;
        var at = start;
        while (at < end && words < MaxHeadlineWords + 1)
        {
            while (at < end && !char.IsLetter(text[at]))
            {
                at++;
            }

            if (at >= end)
            {
                break;
            }

            words++;
            lastCapitalised = char.IsUpper(text[at]);
            capitalised += lastCapitalised ? 1 : 0;
            while (at < end && !char.IsWhiteSpace(text[at]))
            {
                at++;
            }
        }

        var last = end - 1;
        while (last > start && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        // A line ending like a sentence is a headline only when nearly every word, the last one too, is capitalised
        // (corpora and feeds often add a full stop to a title: "Berg Calls Vik Wrong on Taxes."), never a sentence such
        // as "Finnish Prime Minister Anna Berg spoke."
        var terminated = Characters.IsSentenceTerminal(text[last]);
        headline = words is >= MinHeadlineWords and <= MaxHeadlineWords && capitalised * 10 >= words * (terminated ? 8 : 7)
            && (!terminated || words >= MinTerminatedHeadlineWords && lastCapitalised);
        return headline;
    }

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

    private bool EndsInOrganisationWord(in TokenReader reader, int start)
    {
        var lookup = data.OrganisationWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = start; k < reader.Count && k < start + MaxOrganisationRun && (reader.IsCapitalised(k) || IsInnerToken(reader, k)); k++)
        {
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
    private bool IsVerbForm(in TokenReader reader, int pos) =>
        reader.IsCapitalised(pos) && reader.Chars(pos) is { Length: > 3 } word && word[^1] == 's'
        && data.CueVerbs.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    /// <summary>The word less a possessive ending ("Trump’s" → "Trump"), or null when it has none.</summary>
    internal static string? StripPossessive(string word) => WordClasses.HasPossessiveEnding(word) ? word[..^2] : null;

    /// <summary>Whether the words, or their first two, name a place, an event or an organisation, never a person.</summary>
    public bool IsNeverAPerson(IReadOnlyList<string> words) =>
        data.ProperNouns.ContainsKey(string.Join(' ', words)) || words.Count > 2 && data.ProperNouns.ContainsKey(words[0] + " " + words[1]);

    /// <summary><see cref="IsNeverAPerson(IReadOnlyList{string})"/> for name words given as spans of the text.</summary>
    private bool IsNeverAPerson(string text, ReadOnlySpan<TextSpan> words)
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

    private static ReadOnlySpan<char> Chars(string text, TextSpan span) => text.AsSpan(span.Start, span.Length);

    private bool IsPlace(string name) => data.ProperNouns.TryGetValue(name, out var kind) && kind == ProperNounClass.Place;

    /// <summary>Whether the token can be a given name written before a surname: a name word, no honorific.</summary>
    public bool IsGivenNameAt(in TokenReader reader, int pos) =>
        IsNameWord(reader, pos) && !data.Honorifics.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(reader.Chars(pos))
        && !WordClasses.HasPossessiveEnding(reader.Chars(pos));

    private bool IsNameWord(in TokenReader reader, int pos)
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
