using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Reliability.Outlets;

/// <summary>
/// Finds the outlets a text names or describes: known names by the longest folded alias (<see cref="OutletCatalog"/>),
/// the description around a name ("the Russian state news agency …", "…, the country's official news outlet,"), and
/// descriptions standing alone ("Iranian state TV"); descriptions are read by <see cref="OutletDescriptions"/>. An ambiguous alias ("Star", "Petra") counts only with a
/// disambiguating context: a country adjective, a state descriptor, or an unambiguous name of the same outlet elsewhere
/// in the text. One pass over the tokens with bounded look-arounds.
/// </summary>
internal sealed class OutletNameFinder
{
    private readonly TokenReader reader;
    private readonly StatementKitData data;
    private readonly OutletDescriptions descriptions;

    public OutletNameFinder(TokenReader reader, StatementKitData data)
    {
        this.reader = reader;
        this.data = data;
        descriptions = new OutletDescriptions(reader, data);
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
            var description = descriptions.Describe(first, last);
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

        descriptions.AddLoneDescriptions(references);
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

    /// <summary>
    /// Which outlet the name stands for, given its aliases and context; <paramref name="isOutlet"/> is false when an
    /// ambiguous name has no disambiguating context (it is then not taken as an outlet at all).
    /// </summary>
    private static NewsOutlet? Choose(IReadOnlyList<OutletAlias> aliases, OutletDescription description, HashSet<NewsOutlet> unambiguous, out bool isOutlet)
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

}
