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
        // Words are looked up by their characters, and the kind is lower-cased once, at the end: a string per capitalised
        // word was most of what the finder allocated.
        var lookup = data.OrganisationWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var corporate = data.CorporateWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var first = start;
        while (first < reader.Count && WordClasses.IsNonNameCapitalised(reader.Chars(first)) && first - start < 2)
        {
            first++; // "The", "A" before the name
        }

        var last = -1;
        var kind = -1; // the token of the last organisation word
        var linked = false; // an "of"/"for" after the organisation word: "Department of Justice", "University of Michigan"
        for (var k = first; k < reader.Count && k - first < MaxRunTokens; k++)
        {
            if (reader.IsCapitalised(k) && !WordClasses.IsNonNameCapitalised(reader.Chars(k)))
            {
                if (lookup.Contains(reader.Chars(k)) || corporate.Contains(reader.Chars(k)))
                {
                    last = k;
                    kind = k;
                    linked = false;
                }
                else if (kind >= 0 && linked)
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

            linked |= kind >= 0 && (reader.Is(k, "of") || reader.Is(k, "for"));
        }

        if (last < 0 || kind < 0)
        {
            return null;
        }

        if (reader.IsChar(last + 1, '.') && corporate.Contains(reader.Chars(last)))
        {
            last++; // "Acme Corp."
        }

        // At most one initial per token of the run, and the run is at most MaxRunTokens long (one more for "Corp.").
        Span<char> initials = stackalloc char[MaxRunTokens + 1];
        var length = 0;
        for (var k = first; k <= last; k++)
        {
            if (reader.IsCapitalised(k))
            {
                initials[length++] = reader.Text[reader[k].Start];
            }
        }

        var span = reader.Span(first, last);
        var name = PersonNames.Written(reader.Text, span);
        return (new OrganisationMention(span, name, KindOf(name) ?? reader.Word(kind).ToLowerInvariant()), last, new string(initials[..length]));
    }

    /// <summary>The organisation word that says what kind of body a name is: its last such word.</summary>
    private string? KindOf(string name)
    {
        // The words are read as spans of the name and only the kind found last becomes a string.
        var organisation = data.OrganisationWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var corporate = data.CorporateWords.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<char> kind = default;
        var company = false;
        var found = false;
        foreach (var range in name.AsSpan().Split(' '))
        {
            var bare = name.AsSpan(range).TrimEnd('.');
            if (name.AsSpan(range).IsEmpty || !organisation.Contains(bare) && !corporate.Contains(bare))
            {
                continue;
            }

            kind = bare;
            company = corporate.Contains(bare);
            found = true;
        }

        return !found ? null : company ? "company" : kind.ToString().ToLowerInvariant();
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
