using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>The head of a speaker phrase: the word that says what it names.</summary>
/// <param name="Index">The head word's token.</param>
/// <param name="Class">What the head names, or null when the head is a name or names nobody ("the tax").</param>
/// <param name="IsName">Whether the head is capitalised (a name, or part of one).</param>
internal readonly record struct PhraseHead(int Index, NounClass? Class, bool IsName)
{
    /// <summary>
    /// The head of tokens <paramref name="first"/>..<paramref name="last"/>: the last word before the first
    /// preposition or comma ("spokesman" in "a spokesman for the company", "campaign" in "The Sanders campaign",
    /// "report" in "A 2009 report by the Center …"). A plural of a person noun names a group ("officials").
    /// </summary>
    public static PhraseHead Of(in TokenReader reader, int first, int last, StatementKitData data)
    {
        var end = last;
        for (var k = first + 1; k <= last; k++)
        {
            if (reader.IsPunctuation(k) && !reader.IsChar(k, '.') && !reader.IsChar(k, '-') || IsPreposition(reader, k))
            {
                end = k - 1;
                break;
            }
        }

        while (end > first && !reader[end].IsWord)
        {
            end--;
        }

        if (!reader.IsLowerWord(end))
        {
            return new PhraseHead(end, null, reader.IsCapitalised(end));
        }

        var word = reader.Chars(end);
        var classes = data.NounClasses.GetAlternateLookup<ReadOnlySpan<char>>();
        if (classes.TryGetValue(word, out var found))
        {
            return new PhraseHead(end, found, false);
        }

        // "officials", "spokesmen": a plural of a person noun is a group.
        var singular = Singular(word);
        if (singular.Length > 0 && classes.TryGetValue(singular, out var single))
        {
            return new PhraseHead(end, single == NounClass.Person ? NounClass.Group : single, false);
        }

        return data.GroupNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            ? new PhraseHead(end, NounClass.Group, false)
            : new PhraseHead(end, null, false);
    }

    private static ReadOnlySpan<char> Singular(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("men", StringComparison.Ordinal))
        {
            return string.Concat(word[..^3], "man");
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return string.Concat(word[..^3], "y");
        }

        return word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : [];
    }

    private static bool IsPreposition(in TokenReader reader, int k) =>
        reader.Is(k, "of") || reader.Is(k, "for") || reader.Is(k, "at") || reader.Is(k, "in") || reader.Is(k, "with") || reader.Is(k, "from")
        || reader.Is(k, "on") || reader.Is(k, "by") || reader.Is(k, "to") || reader.Is(k, "who") || reader.Is(k, "which") || reader.Is(k, "that");
}
