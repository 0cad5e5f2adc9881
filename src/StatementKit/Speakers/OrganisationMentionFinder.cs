using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// A named organisation in the text: a capitalised run that holds an organisation word ("State Department",
/// "Democratic National Committee", "Center for Economic and Policy Research", "Acme Corp.") or an acronym ("DNC").
/// </summary>
/// <param name="Span">Where the name is written.</param>
/// <param name="Name">The name as written, less a leading "the"; for an acronym, its expansion when the text gives one.</param>
/// <param name="Kind">The organisation word, lower case ("department", "committee"), or null for a bare acronym.</param>
internal sealed record OrganisationMention(TextSpan Span, string Name, string? Kind);

/// <summary>
/// Finds named organisations so that descriptors can refer back to them ("the agency", "the committee", "the company").
/// A single pass over tokens; acronyms are expanded from a run whose initials spell them.
/// </summary>
internal sealed class OrganisationMentionFinder
{
    private const int MaxRunTokens = 10;
    private const int MinAcronym = 2;
    private const int MaxAcronym = 6;


    private readonly StatementKitData data;

    public OrganisationMentionFinder(StatementKitData data) => this.data = data;

    public List<OrganisationMention> Find(in TokenReader reader, CancellationToken cancellationToken)
    {
        var found = new List<OrganisationMention>();
        var runs = new Dictionary<string, string>(StringComparer.Ordinal); // initials → long name
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

            if (IsAcronym(reader, i))
            {
                var acronym = reader.Word(i);
                found.Add(new OrganisationMention(reader[i].Span, acronym, null));
                continue;
            }

            if (ReadRun(reader, i) is { } run)
            {
                found.Add(run.Mention);
                runs.TryAdd(run.Initials, run.Mention.Name);
                i = run.Last;
            }
        }

        // "the DNC" after (or before) "the Democratic National Committee": one organisation, named in full.
        for (var k = 0; k < found.Count; k++)
        {
            if (found[k].Kind is null && runs.TryGetValue(found[k].Name, out var full))
            {
                found[k] = found[k] with { Name = full, Kind = KindOf(full) };
            }
        }

        return found;
    }

    private (OrganisationMention Mention, int Last, string Initials)? ReadRun(in TokenReader reader, int start)
    {
        var lookup = data.OrganisationWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var first = start;
        while (first < reader.Count && WordClasses.IsNonNameCapitalised(reader.Chars(first)) && first - start < 2)
        {
            first++; // "The", "A" before the name
        }

        var last = -1;
        string? kind = null;
        var linked = false; // an "of"/"for" after the organisation word: "Department of Justice", "University of Michigan"
        for (var k = first; k < reader.Count && k - first < MaxRunTokens; k++)
        {
            if (reader.IsCapitalised(k) && !WordClasses.IsNonNameCapitalised(reader.Chars(k)))
            {
                if (lookup.Contains(reader.Chars(k)) || data.CorporateWords.Contains(reader.Word(k)))
                {
                    last = k;
                    kind = reader.Word(k).ToLowerInvariant();
                    linked = false;
                }
                else if (kind is not null && linked)
                {
                    last = k;
                }

                continue;
            }

            // Inner words of a name: "Center for Economic and Policy Research", "Bank of Canada", "Research & Trading".
            var inner = reader.Is(k, "of") || reader.Is(k, "for") || reader.Is(k, "and") || reader.Is(k, "on") || reader.IsChar(k, '&')
                || reader.Is(k, "the") && k > first;
            if (!inner || !reader.IsCapitalised(k + 1) && !reader.Is(k + 1, "the"))
            {
                break;
            }

            linked |= kind is not null && (reader.Is(k, "of") || reader.Is(k, "for"));
        }

        if (last < 0 || kind is null)
        {
            return null;
        }

        if (reader.IsChar(last + 1, '.') && data.CorporateWords.Contains(reader.Word(last)))
        {
            last++; // "Acme Corp."
        }

        var initials = new System.Text.StringBuilder();
        for (var k = first; k <= last; k++)
        {
            if (reader.IsCapitalised(k))
            {
                initials.Append(reader.Text[reader[k].Start]);
            }
        }

        var span = reader.Span(first, last);
        var name = PersonNames.Written(reader.Text, span);
        return (new OrganisationMention(span, name, KindOf(name) ?? kind), last, initials.ToString());
    }

    /// <summary>The organisation word that says what kind of body a name is: its last such word.</summary>
    private string? KindOf(string name)
    {
        string? kind = null;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.TrimEnd('.');
            if (data.OrganisationWords.Contains(bare) || data.CorporateWords.Contains(bare))
            {
                kind = data.CorporateWords.Contains(bare) ? "company" : bare.ToLowerInvariant();
            }
        }

        return kind;
    }

    private static bool IsAcronym(in TokenReader reader, int i) =>
        reader.IsAllCaps(i) && reader[i].Length is >= MinAcronym and <= MaxAcronym && IsLetters(reader.Chars(i));

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
