using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Reliability;

/// <summary>How an outlet takes part in an article's sourcing.</summary>
internal enum OutletRole
{
    /// <summary>Where the speaker spoke ("in an interview with The Financial Times", "told RT").</summary>
    Venue,

    /// <summary>An outlet whose reporting the article passes on ("LRT reports", "reported by RIA News", "according to TASS").</summary>
    Relay,
}

/// <summary>A news outlet named in a sourcing phrase.</summary>
internal sealed record OutletMention(string Name, TextSpan Span, OutletRole Role)
{
    private const int MaxOutletWords = 6;

    /// <summary>Every outlet named as a venue or relay, in text order.</summary>
    public static IReadOnlyList<OutletMention> Find(AnalysisDocument document, StatementKitData data)
    {
        var reader = new TokenReader(document.Text, document.Tokens);
        var found = new List<OutletMention>();
        for (var i = 0; i < reader.Count; i++)
        {
            if (!reader[i].IsWord)
            {
                continue;
            }

            if (reader.Is(i, "attribution") && reader.IsChar(i + 1, ':'))
            {
                AddForward(reader, data, i + 2, OutletRole.Relay, found, requireMediaWord: false);
            }
            else if ((reader.Is(i, "source") || reader.Is(i, "sources")) && reader.IsChar(i + 1, ':'))
            {
                // "Source: Supplied" under a photo is a credit; only a named outlet makes it a relay.
                AddForward(reader, data, i + 2, OutletRole.Relay, found, requireMediaWord: true);
            }
            else if (reader.Is(i, "reported") && reader.Is(i + 1, "by"))
            {
                AddForward(reader, data, i + 2, OutletRole.Relay, found, requireMediaWord: false);
            }
            else if (reader.Is(i, "according") && reader.Is(i + 1, "to"))
            {
                AddForward(reader, data, i + 2, OutletRole.Relay, found, requireMediaWord: true);
            }
            else if (reader.Is(i, "interview") && (reader.Is(i + 1, "with") || reader.Is(i + 1, "to")))
            {
                AddForward(reader, data, i + 2, OutletRole.Venue, found, requireMediaWord: true);
            }
            else if (reader.Is(i, "told") && reader.IsCapitalised(i + 1) || reader.Is(i, "told") && reader.Is(i + 1, "the") && reader.IsCapitalised(i + 2))
            {
                AddForward(reader, data, i + 1, OutletRole.Venue, found, requireMediaWord: true);
            }
            else if ((reader.Is(i, "reports") || reader.Is(i, "reported") || reader.Is(i, "writes") || reader.Is(i, "wrote")) && reader.IsLowerWord(i)
                && i > 0 && reader.IsCapitalised(i - 1) && (reader.IsPunctuation(i + 1) || reader.Is(i + 1, "that")))
            {
                AddBackward(reader, data, i, found);
            }
        }

        return found;
    }

    /// <summary>The outlet's state-media record, looked up by name, alias, bracketed acronym or any capitalised part.</summary>
    public StateMediaOutlet? StateMedia(StatementKitData data)
    {
        foreach (var candidate in Candidates(Name))
        {
            var name = data.OutletAliases.TryGetValue(candidate, out var alias) ? alias : candidate;
            if (data.StateMediaByName.TryGetValue(name, out var outlet) || data.StateMediaByDomain.TryGetValue(name, out outlet))
            {
                return outlet;
            }
        }

        return null;
    }

    private static IEnumerable<string> Candidates(string name)
    {
        yield return name;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var length = words.Length - 1; length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (char.IsUpper(words[start][0]))
                {
                    yield return string.Join(' ', words, start, length);
                }
            }
        }
    }

    private static void AddForward(in TokenReader reader, StatementKitData data, int start, OutletRole role, List<OutletMention> found, bool requireMediaWord)
    {
        var first = start;
        if (reader.Is(first, "the"))
        {
            first++;
        }

        var last = -1;
        for (var j = first; j < reader.Count && j < first + MaxOutletWords && (j == first || !reader.BreakBetween(j - 1, j)); j++)
        {
            if (reader.IsCapitalised(j) || reader[j].IsWord && last >= 0 && (reader.Is(j, "news") || reader.Is(j, "agency")))
            {
                last = j;
            }
            else if (!(reader.Is(j, "of") || reader.Is(j, "news") || reader.Is(j, "agency")) || last < 0)
            {
                break;
            }
        }

        if (last >= first)
        {
            Add(reader, data, first, last, role, found, requireMediaWord);
        }
    }

    private static void AddBackward(in TokenReader reader, StatementKitData data, int verb, List<OutletMention> found)
    {
        var first = verb - 1;
        while (first - 1 >= 0 && reader.IsCapitalised(first - 1) && verb - first < MaxOutletWords)
        {
            first--;
        }

        if (reader.Is(first, "the") || reader.Is(first, "The"))
        {
            first++;
        }

        if (first < verb)
        {
            Add(reader, data, first, verb - 1, OutletRole.Relay, found, requireMediaWord: true);
        }
    }

    private static void Add(in TokenReader reader, StatementKitData data, int first, int last, OutletRole role, List<OutletMention> found, bool requireMediaWord)
    {
        var span = reader.Span(first, last);
        var name = reader.Text.Substring(span.Start, span.Length);
        var mention = new OutletMention(name, span, role);
        if (requireMediaWord && !IsOutletLike(reader, data, first, last) && mention.StateMedia(data) is null && !data.OutletAliases.ContainsKey(name))
        {
            return;
        }

        found.Add(mention);
    }

    private static bool IsOutletLike(in TokenReader reader, StatementKitData data, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (reader.IsAllCaps(i) && reader[i].Length <= 6 || data.MediaWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(i)))
            {
                return true;
            }
        }

        return false;
    }
}
