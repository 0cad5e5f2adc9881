using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Reliability.Outlets;

/// <summary>
/// Finds the outlets a text names or describes: known names by the longest folded alias (<see cref="OutletCatalog"/>),
/// the description around a name ("the Russian state news agency …", "…, the country's official news outlet,"), and
/// descriptions standing alone ("Iranian state TV"). An ambiguous alias ("Star", "Petra") counts only with a
/// disambiguating context: a country adjective, a state descriptor, or an unambiguous name of the same outlet elsewhere
/// in the text. One pass over the tokens with bounded look-arounds.
/// </summary>
internal sealed class OutletNameFinder
{
    private const int MaxAppositionTokens = 12;
    private const int MaxDescriptionTokens = 6;
    private readonly TokenReader reader;
    private readonly StatementKitData data;

    public OutletNameFinder(TokenReader reader, StatementKitData data)
    {
        this.reader = reader;
        this.data = data;
    }

    /// <summary>Every reference, in text order, none overlapping.</summary>
    public List<OutletReference> Find(CancellationToken cancellationToken)
    {
        var names = new List<(int First, int Last, IReadOnlyList<OutletAlias> Aliases)>();
        var builder = new FoldedName();
        for (var i = 0; i < reader.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (reader[i].IsPunctuation || reader.IsLowerWord(i) && !LooksLikeDomainStart(i) || reader.Is(i, "the"))
            {
                continue;
            }

            var (last, aliases) = LongestAlias(i, builder);
            if (last >= 0)
            {
                names.Add((i, last, aliases));
                i = last;
            }
        }

        var unambiguous = new HashSet<NewsOutlet>(names.SelectMany(n => n.Aliases.Where(a => !a.Ambiguous).Select(a => a.Outlet)));
        var references = new List<OutletReference>();
        var covered = -1;
        foreach (var (first, last, aliases) in names)
        {
            var description = Describe(first, last);
            var outlet = Choose(aliases, description, unambiguous, out var isOutlet);
            if (!isOutlet)
            {
                continue;
            }

            // Descriptions of neighbouring names may overlap; a reference never starts after its own name.
            var start = Math.Min(Math.Max(description.First, covered + 1), first);
            var span = reader.Span(first, last);
            references.Add(new OutletReference(start, Math.Max(description.Last, last), reader.Text.Substring(span.Start, span.Length), span, outlet,
                description.State, description.Country is { Length: > 0 } country ? country : null));
            covered = Math.Max(description.Last, last);
        }

        AddLoneDescriptions(references);
        references.Sort(static (a, b) => a.First.CompareTo(b.First));
        return references;
    }

    private bool LooksLikeDomainStart(int i) => reader.IsChar(i + 1, '.') && reader[i + 1].Start == reader[i].End;

    /// <summary>The longest alias starting at token <paramref name="first"/> whose spelling and case fit; -1 if none.</summary>
    private (int Last, IReadOnlyList<OutletAlias> Aliases) LongestAlias(int first, FoldedName builder)
    {
        builder.Clear();
        var words = 0;
        var best = (Last: -1, Aliases: (IReadOnlyList<OutletAlias>)[]);
        for (var j = first; j < reader.Count && words < data.Outlets.MaxWords; j++)
        {
            if (j > first && reader.BreakBetween(j - 1, j))
            {
                break;
            }

            if (reader[j].IsPunctuation)
            {
                // A joiner inside a name ("ria.ru", "Mail & Guardian") is read past; other punctuation ends it.
                if (j > first && j + 1 < reader.Count && (reader.IsChar(j, '.') || reader.IsChar(j, '-') || reader.IsChar(j, '&')))
                {
                    continue;
                }

                break;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            OutletNameFold.AppendFolded(builder, reader.Chars(j));
            words++;
            var found = data.Outlets.Lookup(builder.Span);
            if (found.Count > 0 && Fitting(found, first, j) is { } fitting)
            {
                best = (j, fitting);
            }

            if (!data.Outlets.IsPrefix(builder.Span))
            {
                break;
            }
        }

        return best;
    }

    /// <summary>The aliases that fit tokens <paramref name="first"/>..<paramref name="last"/>, in catalog order; null when none.</summary>
    private List<OutletAlias>? Fitting(IReadOnlyList<OutletAlias> aliases, int first, int last)
    {
        List<OutletAlias>? fitting = null;
        foreach (var alias in aliases)
        {
            if (Fits(alias, first, last))
            {
                (fitting ??= []).Add(alias);
            }
        }

        return fitting;
    }

    private bool Fits(OutletAlias alias, int first, int last)
    {
        if (!alias.IsDomain && !(reader.IsCapitalised(first) || char.IsDigit(reader.Text[reader[first].Start])))
        {
            return false;
        }

        if (alias.RequiresCapitals)
        {
            for (var k = first; k <= last; k++)
            {
                var word = reader.Chars(k);
                foreach (var c in WordClasses.HasPossessiveEnding(word) ? word[..^2] : word)
                {
                    if (char.IsLower(c))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>The description around a name: words before it ("the Russian state news agency") and after it
    /// ("news agency"; ", the country's official broadcaster,").</summary>
    private Description Describe(int first, int last)
    {
        var description = new Description(first, last, false, null, false);
        var k = first - 1;
        while (k >= 0 && first - k <= MaxDescriptionTokens && !reader.BreakBetween(k, k + 1) && Modifier(k, ref description))
        {
            description = description with { First = k };
            k--;
        }

        if (description.First < first && IsDeterminer(description.First - 1))
        {
            description = description with { First = description.First - 1 };
        }

        // "Xinhua news agency", "the Star newspaper": kind words after the name.
        var end = last;
        while (end + 1 < reader.Count && end - last < 3 && reader.IsLowerWord(end + 1)
            && (Cue(end + 1).Has(OutletCue.Kind) || reader.Is(end + 1, "news") || reader.Is(end + 1, "state")))
        {
            end++;
            description = description with { Kind = description.Kind || Cue(end).Has(OutletCue.Kind) };
        }

        description = description with { Last = end };

        // "Bakhtar, the official news agency,": an apposition headed by a kind noun describes the name.
        if (reader.IsChar(end + 1, ','))
        {
            var apposition = ReadApposition(end + 2);
            if (apposition is { } found)
            {
                description = description with
                {
                    Last = found.Last,
                    State = description.State || found.State,
                    Country = description.Country ?? found.Country,
                    Kind = true,
                };
            }
        }

        return description;
    }

    /// <summary>Reads "the country's official news outlet" (ending at a comma or the sentence end) after a name.</summary>
    private Description? ReadApposition(int start)
    {
        if (!IsDeterminer(start) && !IsCountryWord(start))
        {
            return null;
        }

        var description = new Description(start, start, false, null, false);
        for (var k = start; k < reader.Count && k - start < MaxAppositionTokens; k++)
        {
            if (reader.IsPunctuation(k))
            {
                return description.Kind && k > start ? description with { Last = reader.IsChar(k, ',') ? k : k - 1 } : null;
            }

            if (!Modifier(k, ref description) && !IsDeterminer(k) && !reader.Is(k, "country's") && !reader.Is(k, "country’s")
                && !reader.Is(k, "news") && !reader.Is(k, "of"))
            {
                return null;
            }

            if (reader.Is(k, "country's") || reader.Is(k, "country’s"))
            {
                description = description with { Country = description.Country ?? string.Empty };
            }
        }

        return null;
    }

    /// <summary>Whether token <paramref name="k"/> may stand in an outlet's description, recording what it says.</summary>
    private bool Modifier(int k, ref Description description)
    {
        if (!reader[k].IsWord)
        {
            return false;
        }

        var cue = Cue(k);
        if (cue.Has(OutletCue.State) && (reader.IsLowerWord(k) || reader.Is(k, "Kremlin-controlled") || reader.Is(k, "Kremlin-backed") || reader.Is(k, "Kremlin-run")))
        {
            description = description with { State = true };
            return true;
        }

        if (cue.Has(OutletCue.Kind) && reader.IsLowerWord(k) || reader.Is(k, "news") && reader.IsLowerWord(k))
        {
            description = description with { Kind = description.Kind || cue.Has(OutletCue.Kind) };
            return true;
        }

        if (CountryOf(k) is { } country)
        {
            description = description with { Country = description.Country ?? country };
            return true;
        }

        return false;
    }

    private bool IsCountryWord(int k) => CountryOf(k) is not null;

    /// <summary>The country a word names: an adjective ("Russian") or a country's possessive ("Russia's").</summary>
    private string? CountryOf(int k)
    {
        if (!reader.IsCapitalised(k))
        {
            return null;
        }

        var word = reader.Chars(k);
        if (WordClasses.HasPossessiveEnding(word))
        {
            // The text's own spelling of the country, as the description shows it; a string only when it is one.
            var bare = word[..^2];
            return data.Countries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare) ? bare.ToString() : null;
        }

        return data.CountryAdjectives.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var country) ? country : null;
    }

    private bool IsDeterminer(int k) => k >= 0 && k < reader.Count && (reader.Is(k, "the") || reader.Is(k, "a") || reader.Is(k, "an"));

    private OutletCue Cue(int k) =>
        k >= 0 && k < reader.Count && reader[k].IsWord && data.OutletCues.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(reader.Chars(k), out var cue) ? cue : OutletCue.None;

    /// <summary>
    /// Which outlet the name stands for, given its aliases and context; <paramref name="isOutlet"/> is false when an
    /// ambiguous name has no disambiguating context (it is then not taken as an outlet at all).
    /// </summary>
    private static NewsOutlet? Choose(IReadOnlyList<OutletAlias> aliases, Description description, HashSet<NewsOutlet> unambiguous, out bool isOutlet)
    {
        var candidates = aliases.Where(a => !a.Ambiguous).Select(a => a.Outlet).Distinct().ToList();
        if (candidates.Count == 0)
        {
            var namedElsewhere = aliases.Select(a => a.Outlet).Where(unambiguous.Contains).Distinct().ToList();
            if (namedElsewhere.Count > 0)
            {
                candidates = namedElsewhere;
            }
            else if (description.State || description.Country is { Length: > 0 })
            {
                candidates = aliases.Select(a => a.Outlet).Distinct().ToList();
            }
            else
            {
                // "an interview with the Star": the name alone tells nothing; a kind word makes it some outlet.
                isOutlet = description.Kind;
                return null;
            }
        }

        isOutlet = true;
        if (description.Country is { Length: > 0 } country)
        {
            var inCountry = candidates.Where(o => SameCountry(o.Country, country)).ToList();
            if (inCountry.Count == 0)
            {
                return null;
            }

            candidates = inCountry;
        }

        if (candidates.All(o => o.IsStateControlled) || candidates.All(o => !o.IsStateControlled))
        {
            return candidates[0];
        }

        return description.State ? candidates.First(o => o.IsStateControlled) : null;
    }

    private static bool SameCountry(string listed, string named) =>
        listed.StartsWith(named, StringComparison.OrdinalIgnoreCase) || named.StartsWith(listed, StringComparison.OrdinalIgnoreCase)
        || listed.EndsWith(" " + named, StringComparison.Ordinal)
        || listed == "UAE" && named.StartsWith("United Arab", StringComparison.OrdinalIgnoreCase);

    /// <summary>Descriptions without a name: "Iranian state TV", "the state-run news agency", "state media".</summary>
    private void AddLoneDescriptions(List<OutletReference> references)
    {
        var taken = new HashSet<int>(references.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1)));
        for (var k = 0; k < reader.Count; k++)
        {
            if (taken.Contains(k) || !(reader.IsLowerWord(k) || reader.IsAllCaps(k)) || !Cue(k).Has(OutletCue.Kind) || IsBareAgency(k))
            {
                continue;
            }

            // Read the modifiers before the head noun; a state word among them makes a described state outlet.
            var description = new Description(k, k, false, null, true);
            var first = k;
            for (var m = k - 1; m >= 0 && k - m <= MaxDescriptionTokens && !taken.Contains(m) && !reader.BreakBetween(m, m + 1); m--)
            {
                if (!Modifier(m, ref description))
                {
                    break;
                }

                first = m;
            }

            if (!description.State || first == k)
            {
                continue;
            }

            var head = k;
            while (head + 1 < reader.Count && reader.IsLowerWord(head + 1) && Cue(head + 1).Has(OutletCue.Kind) && !taken.Contains(head + 1))
            {
                head++;
            }

            if (IsDeterminer(first - 1))
            {
                first--;
            }

            var span = reader.Span(first, head);
            references.Add(new OutletReference(first, head, null, span, null, true, description.Country is { Length: > 0 } c ? c : null));
            k = head;
        }
    }

    /// <summary>"agency" alone may be any agency ("the state agency for roads"); a news outlet is a news or press agency.</summary>
    private bool IsBareAgency(int k) =>
        (reader.Is(k, "agency") || reader.Is(k, "agencies")) && !(reader.Is(k - 1, "news") || reader.Is(k - 1, "press") || reader.Is(k - 1, "information") || reader.Is(k - 1, "telegraph"));

    private readonly record struct Description(int First, int Last, bool State, string? Country, bool Kind);
}
