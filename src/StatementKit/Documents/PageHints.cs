using System.Collections.Frozen;

namespace StatementKit.Documents;

/// <summary>What a word in an element's class or id says about the element (<c>Data/page-hints.tsv</c>).</summary>
[Flags]
internal enum HintClass
{
    None = 0,
    Unlikely = 1,
    Maybe = 2,
    Positive = 4,
    Negative = 8,
}

/// <summary>The class and id words of <c>page-hints.tsv</c>, with a word splitter that keeps matching linear.</summary>
internal sealed class PageHints
{
    private const int MaxWordLength = 40;
    private const int MinAffixLength = 3;
    private readonly FrozenDictionary<string, (HintClass Classes, RemovedBlockKind? Kind)> words;

    public PageHints(IEnumerable<string[]> rows)
    {
        var map = new Dictionary<string, (HintClass, RemovedBlockKind?)>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (row.Length < 2)
            {
                continue;
            }

            var classes = HintClass.None;
            RemovedBlockKind? kind = null;
            foreach (var part in row[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                switch (part)
                {
                    case "unlikely": classes |= HintClass.Unlikely; break;
                    case "maybe": classes |= HintClass.Maybe; break;
                    case "positive": classes |= HintClass.Positive; break;
                    case "negative": classes |= HintClass.Negative; break;
                    default: kind = ParseKind(part) ?? kind; break;
                }
            }

            map[row[0]] = (classes, kind);
        }

        words = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        lengths = [.. map.Keys.Select(k => k.Length).Where(l => l >= MinAffixLength).Distinct().OrderDescending()];
    }

    private readonly FrozenDictionary<string, (HintClass Classes, RemovedBlockKind? Kind)>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>The lengths of the hint words, longest first: only these prefixes and suffixes can match.</summary>
    private readonly int[] lengths;

    /// <summary>
    /// The classes and the first block kind of the words in <paramref name="value"/> (a class list or an id). A value
    /// is split at every character that is not a letter and where a lower-case letter meets an upper-case one; each
    /// word matches a hint it equals, starts with or ends with ("commentlist" is a comment, "mainSidebar" a sidebar).
    /// </summary>
    public (HintClass Classes, RemovedBlockKind? Kind) Match(string? value)
    {
        var classes = HintClass.None;
        RemovedBlockKind? kind = null;
        if (string.IsNullOrEmpty(value))
        {
            return (classes, kind);
        }

        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var boundary = i == value.Length || !char.IsLetter(value[i]) || (i > 0 && char.IsLower(value[i - 1]) && char.IsUpper(value[i]));
            if (boundary && start >= 0)
            {
                MatchWord(value.AsSpan(start, i - start), ref classes, ref kind);
                start = -1;
            }

            if (i < value.Length && char.IsLetter(value[i]) && start < 0)
            {
                start = i;
            }
        }

        return (classes, kind);
    }

    private void MatchWord(ReadOnlySpan<char> word, ref HintClass classes, ref RemovedBlockKind? kind)
    {
        if (word.Length > MaxWordLength)
        {
            word = word[..MaxWordLength];
        }

        if (lookup.TryGetValue(word, out var exact))
        {
            Merge(exact, ref classes, ref kind);
            return;
        }

        foreach (var length in lengths)
        {
            if (length >= word.Length)
            {
                continue;
            }

            if (lookup.TryGetValue(word[..length], out var prefix))
            {
                Merge(prefix, ref classes, ref kind);
            }

            if (lookup.TryGetValue(word[^length..], out var suffix))
            {
                Merge(suffix, ref classes, ref kind);
            }
        }
    }

    private static void Merge((HintClass Classes, RemovedBlockKind? Kind) hint, ref HintClass classes, ref RemovedBlockKind? kind)
    {
        classes |= hint.Classes;

        // The first kind found stands, except that a bio is more than a byline ("author-bio").
        kind = kind is null || (kind == RemovedBlockKind.Byline && hint.Kind == RemovedBlockKind.AuthorBio) ? hint.Kind ?? kind : kind;
    }

    private static RemovedBlockKind? ParseKind(string value) => value switch
    {
        "navigation" => RemovedBlockKind.Navigation,
        "related" => RemovedBlockKind.Related,
        "comments" => RemovedBlockKind.Comments,
        "share" => RemovedBlockKind.Share,
        "advertising" => RemovedBlockKind.Advertising,
        "author-bio" => RemovedBlockKind.AuthorBio,
        "byline" => RemovedBlockKind.Byline,
        "caption" => RemovedBlockKind.Caption,
        "credit" => RemovedBlockKind.Credit,
        "chrome" => RemovedBlockKind.Chrome,
        _ => null,
    };
}
