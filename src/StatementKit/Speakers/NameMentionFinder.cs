using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// Finds person names without a model: a run of capitalised words (with particles, initials and hyphens) that a title
/// or honorific introduces ("NATO Secretary General Erik Dahl", "Mr Dahl", "Prime Minister of Estonia
/// Anna Berg") or that opens with a known first name ("Anna Berg"). Lines in Title Case are skipped
/// (<see cref="HeadlineLines"/>); what single words are is asked of <see cref="NameWords"/>.
/// </summary>
internal sealed class NameMentionFinder
{
    private const int MaxNameTokens = 5;

    private readonly StatementKitData data;
    private readonly NameWords lexicon;

    public NameMentionFinder(StatementKitData data)
    {
        this.data = data;
        lexicon = new NameWords(data);
    }

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

            if (HeadlineLines.IsOnTitleCaseLine(reader, i, ref headlineEnd, ref inHeadline))
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

    /// <summary>Number of words of the longest title starting at <paramref name="pos"/>; 0 when none.</summary>
    public int TitleAt(in TokenReader reader, int pos, out string? roleClass) => lexicon.TitleAt(reader, pos, out roleClass);

    /// <summary>The word less a possessive ending ("Trump’s" → "Trump"), or null when it has none.</summary>
    internal static string? StripPossessive(string word) => NameWords.StripPossessive(word);

    /// <summary>Whether the words, or their first two, name a place, an event or an organisation, never a person.</summary>
    public bool IsNeverAPerson(IReadOnlyList<string> words) => lexicon.IsNeverAPerson(words);

    /// <summary>Whether the token can be a given name written before a surname: a name word, no honorific.</summary>
    public bool IsGivenNameAt(in TokenReader reader, int pos) => lexicon.IsGivenNameAt(reader, pos);

    /// <summary>A name starting at <paramref name="start"/>: [qualifier] [title [of place]] [honorific] name words.</summary>
    private bool TryRead(in TokenReader reader, int start, CommonWords common, out NameMention mention, out int next)
    {
        mention = null!;
        next = start + 1;
        if (!TryReadRole(reader, start, out var pos, out var role))
        {
            return false;
        }

        var (honorific, honorificSpan) = ReadHonorific(reader, ref pos);
        var nameStart = pos;
        // The name words are kept as spans of the text until the name is accepted: most capitalised runs are not
        // person names ("The", "Senate", "Washington"), and a string per word was most of what the finder allocated.
        Span<TextSpan> names = stackalloc TextSpan[MaxNameTokens];
        var count = ReadNameWords(reader, ref pos, names);
        if (count == 0)
        {
            return false;
        }

        var nameEnd = pos - 1;
        while (nameEnd > nameStart && reader.IsPunctuation(nameEnd))
        {
            nameEnd--;
        }

        if (!IsPerson(reader, nameStart, names[..count], introduced: role is not null || honorificSpan is not null, common))
        {
            return false;
        }

        var text = reader.Text;
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
    /// The title that introduces a name, with a qualifier before it ("Norwegian Prime Minister", "NATO Secretary
    /// General", "New Jersey Gov.") and a place after it ("Prime Minister of Estonia"); <paramref name="pos"/> is where
    /// the rest begins. False when a qualifier stands without a title.
    /// </summary>
    private bool TryReadRole(in TokenReader reader, int start, out int pos, out Role? role)
    {
        pos = start;
        role = null;
        string? country = null;
        string? organization = null;

        // A qualifier before a title: "Norwegian Prime Minister", "NATO Secretary General".
        if (lexicon.TitleAt(reader, pos + 1, out _) > 0)
        {
            // Words are looked up by their characters: a string per capitalised word was most of what the finder allocated.
            if (data.CountryAdjectives.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(reader.Chars(pos), out var adjectiveCountry))
            {
                country = adjectiveCountry;
                pos++;
            }
            else if (reader.IsAllCaps(pos))
            {
                organization = reader.Word(pos);
                pos++;
            }
            else if (lexicon.IsPlace(reader.Chars(pos)))
            {
                country = reader.Word(pos); // "Virginia Democrat Tim Kaine", "Ontario Premier Doug Ford"
                pos++;
            }
        }
        else if (lexicon.TitleAt(reader, pos + 2, out _) > 0 && reader.IsCapitalised(pos + 1) && IsTwoWordPlace(reader, pos))
        {
            country = reader.Word(pos) + " " + reader.Word(pos + 1); // "New Jersey Gov. Chris Christie"
            pos += 2;
        }

        string? roleClass = null;
        var titleWords = reader.IsCapitalised(pos) ? lexicon.TitleAt(reader, pos, out roleClass) : 0;
        if (titleWords == 0)
        {
            return pos == start;
        }

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
        return true;
    }

    /// <summary>Whether the two words from <paramref name="pos"/>, joined by a space, name a place ("New Jersey").</summary>
    private bool IsTwoWordPlace(in TokenReader reader, int pos)
    {
        var a = reader.Chars(pos);
        var b = reader.Chars(pos + 1);
        var length = a.Length + 1 + b.Length;
        Span<char> joined = length <= 128 ? stackalloc char[length] : new char[length];
        a.CopyTo(joined);
        joined[a.Length] = ' ';
        b.CopyTo(joined[(a.Length + 1)..]);
        return lexicon.IsPlace(joined);
    }

    /// <summary>An honorific at <paramref name="pos"/> ("Mr", "Ms.") and the gender it gives, stepped over.</summary>
    private (Gender Gender, TextSpan? Span) ReadHonorific(in TokenReader reader, ref int pos)
    {
        if (!(reader[pos < reader.Count ? pos : reader.Count - 1].IsWord && pos < reader.Count
            && data.Honorifics.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(reader.Chars(pos), out var gender) && reader.IsCapitalised(pos)))
        {
            return (Gender.Unknown, null);
        }

        var span = reader[pos].Span;
        pos++;
        if (reader.IsChar(pos, '.'))
        {
            pos++;
        }

        return (gender, span);
    }

    /// <summary>The name words from <paramref name="pos"/> (initials and particles included) into <paramref name="names"/>; their count.</summary>
    private int ReadNameWords(in TokenReader reader, ref int pos, Span<TextSpan> names)
    {
        var count = 0;
        while (pos < reader.Count && count < names.Length)
        {
            // "Chris Christie Calls Hillary Clinton …": a headline verb after a name is not part of it.
            if (count > 0 && lexicon.IsVerbForm(reader, pos))
            {
                break;
            }

            if (lexicon.IsNameWord(reader, pos))
            {
                var possessive = WordClasses.HasPossessiveEnding(reader.Chars(pos));
                names[count++] = possessive ? new TextSpan(reader[pos].Start, reader[pos].Length - 2) : reader[pos].Span;
                pos++;
                if (possessive)
                {
                    break; // "Donald Trump’s campaign": the possessive ends the name, and is no part of it
                }

                if (reader.IsChar(pos, '.') && NameWords.IsInitials(reader.Chars(pos - 1)))
                {
                    pos++; // an initial: "John F. Kennedy", "Anna K.L. Berg"
                }

                continue;
            }

            // Initials between a given name and a surname ("Anna K.L. Berg"); at the start of a run they are as likely a
            // place or institution ("U.S. Supreme Court"), and a name never ends in them ("Washington D.C.").
            if (count > 0 && reader[pos].IsWord && NameWords.IsInitials(reader.Chars(pos)) && reader.IsChar(pos + 1, '.')
                && lexicon.IsNameWord(reader, pos + 2))
            {
                names[count++] = reader[pos].Span;
                pos += 2;
                continue;
            }

            if (count > 0 && reader[pos].IsWord && lexicon.IsParticle(reader.Chars(pos)) && lexicon.IsNameWord(reader, pos + 1))
            {
                names[count++] = reader[pos].Span;
                pos++;
                continue;
            }

            break;
        }

        return count;
    }

    /// <summary>Whether the name words name a person: introduced by a title or honorific, or opening with a known first name.</summary>
    private bool IsPerson(in TokenReader reader, int nameStart, ReadOnlySpan<TextSpan> names, bool introduced, CommonWords common)
    {
        // "Virginia Conservation Legacy Fund", "Anna Berg Presidential Center": a capitalised run that ends in an
        // organisation word names an institution, not a person.
        if (lexicon.EndsInOrganisationWord(reader, nameStart))
        {
            return false;
        }

        // "Great Depression", "Nova Scotia", "West Point": names of events and places, whatever their first word.
        var text = reader.Text;
        if (!introduced && lexicon.IsNeverAPerson(text, names))
        {
            return false;
        }

        // A first name from the lexicon is evidence of a person only before a word the text never writes in lower case:
        // "Stewart Island", "Mile Beach", "Temple Run" end in common nouns.
        // A leading initial stands before the given name: "T. Harold Lindgren".
        var given = names.Length >= 3 && NameWords.IsInitials(NameWords.Chars(text, names[0])) ? 1 : 0;
        return introduced
            || names.Length - given >= 2 && data.FirstNames.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(NameWords.Chars(text, names[given]))
                && !data.CountryAdjectives.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(NameWords.Chars(text, names[given + 1]))
                && !common.Contains(NameWords.Chars(text, names[^1]));
    }
}
