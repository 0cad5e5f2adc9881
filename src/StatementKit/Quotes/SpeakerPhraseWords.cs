using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Quotes;

/// <summary>
/// The word tests of <see cref="SpeakerPhraseReader"/>: whether a token ends a speaker phrase, is a pronoun, the dot of
/// an abbreviation or a cue verb used as a verb, and whether a whole phrase can name a speaker or holds a title.
/// </summary>
internal sealed class SpeakerPhraseWords
{
    private const int MaxDatelineTokens = 7;
    private const int MaxParenthesisTokens = 8;
    private readonly StatementKitData data;

    public SpeakerPhraseWords(StatementKitData data) => this.data = data;

    /// <summary>Whether the word is a title or an honorific ("Minister", "Mr"): capitalised, yet not part of a name.</summary>
    public bool IsTitleOrHonorific(ReadOnlySpan<char> word) =>
        data.Titles.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
        || data.Honorifics.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    /// <summary>Whether the phrase can name a speaker: a pronoun, a name, a determined noun phrase or a group.</summary>
    public bool IsPlausibleSpeaker(in TokenReader reader, int first, int last)
    {
        if (first == last && IsPronoun(reader.Chars(first)))
        {
            return true;
        }

        for (var i = first; i <= last; i++)
        {
            if (reader.IsCapitalised(i) && !WordClasses.IsNonNameCapitalised(reader.Chars(i)))
            {
                return true;
            }

            if (reader[i].IsWord && data.GroupNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(i)))
            {
                return true;
            }

            // "21 percent", "three-quarters": a counted group of people.
            if (reader[i].Kind == TokenKind.Number || reader.Is(i, "percent") || reader.Chars(i).EndsWith("-quarters", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // "respondents", "some technologists": a phrase headed by a plural noun names a group.
        if (reader.IsLowerWord(last) && reader[last].Length > 4 && reader.Chars(last).EndsWith('s') && !reader.Chars(last).EndsWith("ss", StringComparison.Ordinal)
            && !WordClasses.IsClauseWord(reader.Chars(last)) && !WordClasses.IsMannerAdverb(reader.Chars(last)))
        {
            return true;
        }

        // "the spokesman", "a senior official": a determiner then at least one noun.
        return last > first && WordClasses.IsDeterminer(reader.Chars(first)) && reader[last].IsWord
            && !WordClasses.IsClauseWord(reader.Chars(last));
    }

    /// <summary>Whether the phrase holds a title or role word ("foreign minister").</summary>
    public bool ContainsTitle(in TokenReader reader, int first, int last)
    {
        var lookup = data.Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = first; k <= last; k++)
        {
            if (reader[k].IsWord && lookup.ContainsKey(reader.Chars(k)))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsPronoun(ReadOnlySpan<char> word) => data.Pronouns.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
        && word is not ("him" or "them" or "his" or "their" or "her" or "hers" or "himself" or "herself");

    public bool IsPhraseBoundary(in TokenReader reader, int i, ReadOnlySpan<char> word, int first)
    {
        if (IsPronoun(word))
        {
            // A pronoun is a whole phrase on its own ("she"), never part of a longer one.
            return first >= 0;
        }

        if (IsVerbUse(reader, i))
        {
            return true;
        }

        if (reader.Is(i, "of") || reader.Is(i, "the") || reader.Is(i, "in") || reader.Is(i, "for") || reader.Is(i, "at"))
        {
            return first < 0;
        }

        if (reader.Is(i, "and"))
        {
            return first < 0 || !reader.IsCapitalised(first) || !reader.IsCapitalised(i - 1);
        }

        return WordClasses.IsClauseWord(word);
    }

    /// <summary>A dot right after an honorific or abbreviation ("Mr.", "Sen.", "Gov.") inside a name phrase.</summary>
    public bool IsAbbreviationDot(in TokenReader reader, int index) =>
        reader.IsChar(index, '.') && index > 0 && reader[index - 1].IsWord && reader[index - 1].End == reader[index].Start
        && (reader.IsChar(index + 1, ',') && reader[index + 1].Start == reader[index].End
            || reader[index - 1].Length == 1 && reader.IsCapitalised(index - 1) && reader.IsCapitalised(index + 1)
            || data.Honorifics.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(reader.Chars(index - 1))
            || data.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(index - 1)));

    /// <summary>A cue verb form used as a verb: not after a determiner, "of" or an adjective ("head of state", "the report").</summary>
    public bool IsVerbUse(in TokenReader reader, int i)
    {
        if (!reader.IsLowerWord(i) || !data.CueVerbs.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(reader.Chars(i)))
        {
            return false;
        }

        var before = i - 1;
        return before < 0 || !reader[before].IsWord
            || !(reader.Is(before, "of") || WordClasses.IsDeterminer(reader.Chars(before))
                || data.CountryAdjectives.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(reader.Chars(before)));
    }

    public static bool IsLocativePreposition(in TokenReader reader, int index) =>
        reader.Is(index, "in") || reader.Is(index, "at") || reader.Is(index, "to") || reader.Is(index, "from") || reader.Is(index, "with");

    /// <summary>
    /// Whether the token opens an adjunct of an attribution that may follow the speaker: a time or circumstance
    /// ("on Monday", "in an email", "at a news conference", "last week", "Thursday").
    /// </summary>
    public static bool StartsAdjunct(in TokenReader reader, int index) =>
        reader.IsLowerWord(index) && (IsLocativePreposition(reader, index) || reader.Is(index, "on") || reader.Is(index, "during")
            || reader.Is(index, "after") || reader.Is(index, "before") || reader.Is(index, "via") || reader.Is(index, "by")
            || reader.Is(index, "while") || reader.Is(index, "when") || reader.Is(index, "as") || reader.Is(index, "last")
            || reader.Is(index, "this") || reader.Is(index, "earlier") || reader.Is(index, "later") || reader.Is(index, "following")
            || reader.Is(index, "outside") || reader.Is(index, "inside") || reader.Is(index, "ahead") || WordClasses.IsTimeWord(reader.Chars(index)))
        || reader.IsCapitalised(index) && (WordClasses.IsTimeWord(reader.Chars(index)) || WordClasses.IsMonth(reader.Chars(index)));

    /// <summary>
    /// Whether a capitalised participle opens a participle clause ("Following an animated meeting, …", "Speaking Sunday on
    /// television, …", "Asked about the vote, …"): a determiner, preposition or time word comes next. A first name
    /// ("Sterling", "Ahmed") is never one.
    /// </summary>
    public bool OpensParticipleClause(in TokenReader reader, int index)
    {
        var word = reader.Chars(index);
        var participle = word.Length >= 6 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || word.Length >= 5 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
        if (!reader.IsCapitalised(index) || !participle
            || data.FirstNames.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word) || index + 1 >= reader.Count || !reader[index + 1].IsWord)
        {
            return false;
        }

        var next = reader.Chars(index + 1);
        return WordClasses.IsDeterminer(next) || WordClasses.IsNoBareClauseStart(next) || WordClasses.IsTimeWord(next);
    }

    /// <summary>
    /// The dash that ends a dateline opening the sentence ("WASHINGTON —", "DES MOINES, Iowa —", "OSLO (Reuters) –"): a
    /// word in capitals first, the dash within a few tokens; -1 when the sentence opens otherwise.
    /// </summary>
    public static int DatelineDash(in TokenReader reader, int floor, int limit)
    {
        if (floor >= limit || !reader[floor].IsWord || !reader.IsAllCaps(floor) || reader[floor].Length < 2)
        {
            return -1;
        }

        // Capitals up to a comma or parenthesis, then a state or an agency ("Iowa", "Reuters"): "FBI Director Anna
        // Berg — who …" is a head with a dash after it, no dateline.
        var qualified = false;
        for (var k = floor + 1; k < limit && k <= floor + MaxDatelineTokens; k++)
        {
            if (reader.IsDash(k))
            {
                return k;
            }

            if (reader.IsChar(k, ',') || reader.IsChar(k, '('))
            {
                qualified = true;
            }
            else if (!(reader[k].IsWord && (reader.IsAllCaps(k) || qualified && reader.IsCapitalised(k)) || reader.IsChar(k, '.') || reader.IsChar(k, ')')))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a relative clause opens at <paramref name="index"/>, after a short parenthesis if one is there:
    /// ", who" or ", which" ("Rep. Jane Doe (D-Calif.), who …").
    /// </summary>
    public static bool OpensRelativeClause(in TokenReader reader, int index, int limit)
    {
        if (reader.IsChar(index, '(') && reader.ClosingParenthesis(index, limit, MaxParenthesisTokens) is var close and >= 0)
        {
            index = close + 1;
        }

        return index + 2 < limit && reader.IsChar(index, ',') && (reader.Is(index + 1, "who") || reader.Is(index + 1, "which"));
    }

    public static bool IsInnerWord(in TokenReader reader, int index) =>
        reader.Is(index, "of") || reader.Is(index, "the") || reader.Is(index, "and") || reader.Is(index, "for") || reader.Is(index, "to");

    public static int SkipParenthesis(in TokenReader reader, int close, int floor)
    {
        for (var j = close - 1; j >= floor && j >= close - 8; j--)
        {
            if (reader.IsChar(j, '('))
            {
                return j > floor && reader.IsCapitalised(j - 1) ? j : -1;
            }
        }

        return -1;
    }

    /// <summary>"Estonia and Latvia": capitalised words joined by "and", the tail of a list that a comma continues.</summary>
    public static bool IsNameList(in TokenReader reader, int first, int last)
    {
        var sawAnd = false;
        for (var k = first; k <= last; k++)
        {
            if (reader.Is(k, "and"))
            {
                sawAnd = true;
            }
            else if (!reader.IsCapitalised(k))
            {
                return false;
            }
        }

        return sawAnd;
    }

    public static bool StartsWithAsWellAs(in TokenReader reader, int first) =>
        reader.Is(first, "as") && reader.Is(first + 1, "well") && reader.Is(first + 2, "as");
}
