using StatementKit.Data;
using StatementKit.Quotes;
using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>Resolves the words that name a speaker to an entity, and says how.</summary>
internal sealed class MentionResolver
{
    private readonly StatementKitData data;
    private const int MaxAntecedentTokens = 16;
    private readonly NameMentionFinder names;
    private readonly SpeakerPhraseReader phrases;
    private readonly DescriptorResolver descriptors;
    private readonly PronounResolver pronouns;
    private readonly PersonDescriptorResolver people;

    public MentionResolver(StatementKitData data, NameMentionFinder names)
    {
        this.data = data;
        this.names = names;
        phrases = new SpeakerPhraseReader(data);
        descriptors = new DescriptorResolver(data);
        pronouns = new PronounResolver(data);
        people = new PersonDescriptorResolver(data);
    }

    public Resolution? Resolve(in TokenReader reader, SpeakerContext context, TextSpan mention, (EntityDraft Entity, int End)? previous)
    {
        var table = context.Table;
        // A group is named by the whole phrase ("officials in Estonia, as well as Lithuania and Latvia"); a person or
        // organisation by the head of it.
        var (first, last) = (IndexAt(reader, mention.Start), IndexAt(reader, mention.End - 1));
        var head = Head(reader, first, last);
        var opening = head.First > first ? head.First - 1 : head.Last; // the words the mention opens with, up to its head's end or its name
        if (!ContainsGroupNoun(reader, first, opening))
        {
            (first, last) = head;
        }

        // A mention cut before a contraction's apostrophe ends inside its last token: "He" of "He’s heralded".
        var end = mention.End > reader[first].Start && mention.End < reader[last].End && reader.Text[mention.End] is '\'' or '’' ? mention.End : reader[last].End;
        var text = reader.Text.Substring(reader[first].Start, end - reader[first].Start);

        // A relative "who" keeps its own mention and takes the entity of its antecedent.
        if (first == last && reader.Is(first, "who") && phrases.Antecedent(reader, first, Math.Max(0, first - MaxAntecedentTokens)) is { } antecedent)
        {
            return Resolve(reader, context, reader.Span(antecedent.First, antecedent.Last), previous) is { } resolved
                ? resolved with { Mention = mention, Confidence = resolved.Confidence * 0.95 }
                : null;
        }

        if (first == last && data.Pronouns.TryGetValue(end < reader[last].End ? text : reader.Word(first), out var pronounGender))
        {
            return pronouns.Resolve(context, mention, text, pronounGender, previous);
        }

        // "The Sanders campaign", "A Bloomberg poll", "the agency": the head noun says an organisation or a document is
        // meant, whatever names stand in front of it.
        var phraseHead = PhraseHead.Of(reader, first, last, data);
        if (phraseHead.Class is NounClass.Organisation or NounClass.Document)
        {
            if (descriptors.ResolveOrganisation(reader, context, first, phraseHead, mention) is { } organisation)
            {
                return organisation;
            }

            if (phraseHead.Class == NounClass.Document || !reader.IsCapitalised(first) && !ContainsCapitalised(reader, first, phraseHead.Index))
            {
                return new Resolution(null, text, mention, AttributionMethod.Descriptor, 0.4);
            }
        }

        if (table.PersonNamedIn(reader, first, last) is { } person)
        {
            person.AddMention(mention);
            var full = text.Contains(person.Name, StringComparison.Ordinal);
            return new Resolution(person, person.Name, mention, full ? AttributionMethod.Name : AttributionMethod.Alias, full ? 0.95 : 0.9);
        }

        if (ContainsGroupNoun(reader, first, last) || phraseHead.Class == NounClass.Group)
        {
            var group = table.Other(EntityKind.Group, text, mention);
            return new Resolution(group, group.Name, mention, AttributionMethod.Group, 0.8);
        }

        // "master of ceremonies Asab Haddad": a role written in lower case before a name no list knows.
        if (TrailingName(reader, first, last) is var run and > 0 && AllNameWords(reader, run, last, context.Common) is { } trailing
            && !names.IsNeverAPerson(trailing))
        {
            var newcomer = table.AddPerson(trailing, mention);
            return new Resolution(newcomer, newcomer.Name, mention, AttributionMethod.Name, 0.7);
        }

        if (people.Resolve(reader, context, first, last, phraseHead, mention) is { } described)
        {
            return described;
        }

        if (LooksLikeOrganisation(reader, first, last) || first == last && data.Countries.Contains(reader.Word(first)) || IsNamedPlace(text))
        {
            var start = WordClasses.IsDeterminer(reader.Chars(first)) && first < last ? first + 1 : first;
            var name = context.Organisations.At(reader[start].Start) is { } named && named.Span.End >= reader[last].End ? named.Name : text;
            var organisation = table.Other(EntityKind.Organization, name, mention);
            return new Resolution(organisation, organisation.Name, mention, AttributionMethod.Organization, 0.8);
        }

        if (AllNameWords(reader, first, last, context.Common) is { Count: > 0 and <= 3 } words && !names.IsNeverAPerson(words))
        {
            var newcomer = table.AddPerson(words, mention);
            return new Resolution(newcomer, newcomer.Name, mention, AttributionMethod.Name, 0.7);
        }

        // A phrase headed by a person noun that nothing resolves ("a spokesman") stays as written, a descriptor; one
        // headed by a noun that names no one ("the bill", "Following the vote") keeps its mention with an unknown speaker.
        return phraseHead.Class is NounClass.Person
            ? new Resolution(null, text, mention, AttributionMethod.Descriptor, 0.4)
            : new Resolution(null, text, mention, AttributionMethod.Unknown, 0.2);
    }

    private static bool ContainsCapitalised(in TokenReader reader, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (reader.IsCapitalised(k) && !WordClasses.IsNonNameCapitalised(reader.Chars(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The tokens of a mention that name its speaker. An apposition or a parenthesis after a name is left out ("Phil
    /// Smith, a spokesman for the Mine Workers of America" and "Rep. Anna Berg (D-Wis.)" name Smith and Berg, not an
    /// entity inside); a name after a descriptor is taken instead ("the court's chief judge, Anna Berg").
    /// </summary>
    private static (int First, int Last) Head(in TokenReader reader, int first, int last)
    {
        var cut = -1;
        for (var k = first + 1; k <= last && cut < 0; k++)
        {
            if (reader.IsChar(k, ',') || reader.IsChar(k, '('))
            {
                cut = k;
            }
        }

        if (cut < 0)
        {
            return (first, last);
        }

        if (reader.IsChar(cut, ',') && IsDescriptive(reader, first, cut - 1) && cut + 1 <= last && reader.IsCapitalised(cut + 1)
            && !WordClasses.IsDeterminer(reader.Chars(cut + 1)))
        {
            var end = cut + 1;
            while (end + 1 <= last && !reader.IsChar(end + 1, ',') && !reader.IsChar(end + 1, '('))
            {
                end++;
            }

            if (!IsDescriptive(reader, cut + 1, end))
            {
                return (cut + 1, end);
            }
        }

        return (first, cut - 1);
    }

    /// <summary>Whether the tokens hold a lower-case word other than "of", "the", "and" (a descriptor, not a name).</summary>
    private static bool IsDescriptive(in TokenReader reader, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (reader.IsLowerWord(k) && !reader.Is(k, "of") && !reader.Is(k, "the") && !reader.Is(k, "and") || WordClasses.IsDeterminer(reader.Chars(k)))
            {
                return true;
            }
        }

        return false;
    }

    private bool ContainsGroupNoun(in TokenReader reader, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (reader[i].IsWord && data.GroupNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(i)) && !reader.IsAllCaps(i))
            {
                return true;
            }
        }

        return false;
    }

    private bool LooksLikeOrganisation(in TokenReader reader, int first, int last)
    {
        var capitalised = false;
        for (var i = first; i <= last; i++)
        {
            if (reader.IsAllCaps(i) || reader[i].IsWord && reader.IsCapitalised(i)
                && (data.MediaWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(i)) || data.OrganisationWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(i))))
            {
                return true;
            }

            capitalised |= reader.IsCapitalised(i) && i > first;
        }

        // "the Russian embassy", "The Kremlin": a determined phrase with a capitalised word.
        return reader.Is(first, "the") && capitalised;
    }

    /// <summary>
    /// The words of a phrase that can only be a name: all capitalised, none a function word, a title, or a word the
    /// document also writes in lower case ("Following", "Findings").
    /// </summary>
    private List<string>? AllNameWords(in TokenReader reader, int first, int last, CommonWords common)
    {
        var words = new List<string>();
        for (var i = first; i <= last; i++)
        {
            var word = reader.Word(i);
            var bare = NameMentionFinder.StripPossessive(word) ?? word; // "Trump’s" names Trump; "She's" is no one
            if (!reader.IsCapitalised(i) || WordClasses.IsNonNameCapitalised(bare) || names.TitleAt(reader, i, out _) > 0
                || common.Contains(bare) || IsPronoun(bare))
            {
                return null;
            }

            words.Add(bare);
        }

        return words;
    }

    /// <summary>
    /// Where a run of two or three capitalised words that ends the phrase starts, after a lower-case word that is no
    /// preposition or conjunction ("a spokesman for Daimler Chrysler" names the firm, not a person); 0 when none does.
    /// </summary>
    private static int TrailingName(in TokenReader reader, int first, int last)
    {
        var run = last;
        while (run > first && reader.IsCapitalised(run - 1) && last - run < 3)
        {
            run--;
        }

        var before = run - 1;
        return last - run is 1 or 2 && before >= first && reader.IsLowerWord(before) && !WordClasses.IsNoBareClauseStart(reader.Chars(before))
            && !WordClasses.IsDeterminer(reader.Chars(before)) ? run : 0;
    }

    /// <summary>A place written as a speaker ("Ottawa said", "Nova Scotia announced"): its government speaks.</summary>
    private bool IsNamedPlace(string text) => data.ProperNouns.TryGetValue(text, out var kind) && kind == ProperNounClass.Place;

    private bool IsPronoun(ReadOnlySpan<char> word) => data.Pronouns.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    private static int IndexAt(in TokenReader reader, int position) =>
        Math.Max(0, SortedSearch.LastStartingAtOrBefore(reader.Tokens, position, static t => t.Start));
}
