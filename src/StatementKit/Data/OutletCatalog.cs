using System.Collections.Frozen;

namespace StatementKit.Data;

/// <summary>One way of naming one outlet: an alias row of <c>outlet-aliases.tsv</c>.</summary>
/// <param name="Outlet">The outlet named.</param>
/// <param name="Ambiguous">Also an ordinary word, name or place ("Star", "Petra"): counts only in a disambiguating context.</param>
/// <param name="RequiresCapitals">A short acronym ("MAP", "AP"): counts only written in capitals.</param>
/// <param name="IsDomain">A web domain ("ria.ru"): may be written in lower case.</param>
internal sealed record OutletAlias(NewsOutlet Outlet, bool Ambiguous, bool RequiresCapitals, bool IsDomain);

/// <summary>
/// Every known outlet (state-affiliated and major independent) and the spellings that name it, indexed by their
/// folded words (<see cref="OutletNameFold"/>). Immutable and shared.
/// </summary>
internal sealed class OutletCatalog
{
    private readonly FrozenDictionary<string, OutletAlias[]> aliases;
    private readonly FrozenSet<string> prefixes;

    private OutletCatalog(IReadOnlyList<NewsOutlet> outlets, FrozenDictionary<string, OutletAlias[]> aliases, FrozenSet<string> prefixes,
        FrozenDictionary<string, NewsOutlet> byDomain, int maxWords)
    {
        Outlets = outlets;
        this.aliases = aliases;
        this.prefixes = prefixes;
        ByDomain = byDomain;
        MaxWords = maxWords;
    }

    /// <summary>Every outlet, state-affiliated first.</summary>
    public IReadOnlyList<NewsOutlet> Outlets { get; }

    /// <summary>Outlets by web domain, without "www.".</summary>
    public FrozenDictionary<string, NewsOutlet> ByDomain { get; }

    /// <summary>The most words an alias has.</summary>
    public int MaxWords { get; }

    /// <summary>
    /// Builds the catalog from the outlet lists and the alias rows (<c>alias, outlet, country, flag</c>; the generated
    /// rows already hold each outlet's own name, or veto it when it is an ordinary word). Rows naming no listed outlet
    /// are skipped; <paramref name="namedByThemselves"/> (outlets added through the options) are named by their name.
    /// </summary>
    public static OutletCatalog Create(IReadOnlyList<NewsOutlet> outlets, IEnumerable<string[]> aliasRows, IEnumerable<NewsOutlet> namedByThemselves)
    {
        var byKey = new Dictionary<(string Name, string Country), NewsOutlet>();
        var byName = new Dictionary<string, NewsOutlet>(StringComparer.Ordinal);
        var byDomain = new Dictionary<string, NewsOutlet>(StringComparer.OrdinalIgnoreCase);
        foreach (var outlet in outlets)
        {
            byKey.TryAdd((outlet.Name, outlet.Country), outlet);
            byName.TryAdd(outlet.Name, outlet);
            if (outlet.Domain.Length > 0)
            {
                byDomain.TryAdd(outlet.Domain, outlet);
            }
        }

        var table = new Dictionary<string, List<OutletAlias>>(StringComparer.Ordinal);
        foreach (var outlet in namedByThemselves)
        {
            Add(table, outlet.Name, outlet, ambiguous: false);
        }

        foreach (var row in aliasRows)
        {
            if (row.Length < 2)
            {
                continue;
            }

            var country = row.Length > 2 ? row[2].Trim() : string.Empty;
            if (byKey.TryGetValue((row[1].Trim(), country), out var outlet) || byName.TryGetValue(row[1].Trim(), out outlet))
            {
                Add(table, row[0].Trim(), outlet, row.Length > 3 && row[3].Trim() == "ambiguous");
            }
        }

        var prefixSet = new HashSet<string>(StringComparer.Ordinal);
        var maxWords = 1;
        foreach (var key in table.Keys)
        {
            var words = 1;
            for (var i = 0; i < key.Length; i++)
            {
                if (key[i] == ' ')
                {
                    prefixSet.Add(key[..i]);
                    words++;
                }
            }

            maxWords = Math.Max(maxWords, words);
        }

        return new OutletCatalog(outlets, table.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            prefixSet.ToFrozenSet(StringComparer.Ordinal), byDomain.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), maxWords);
    }

    /// <summary>The aliases whose folded words are exactly <paramref name="folded"/>; empty when none.</summary>
    public IReadOnlyList<OutletAlias> Lookup(ReadOnlySpan<char> folded) =>
        aliases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folded, out var found) ? found : [];

    /// <summary>Whether some alias starts with the folded words <paramref name="folded"/> and goes on.</summary>
    public bool IsPrefix(ReadOnlySpan<char> folded) => prefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);

    /// <summary>
    /// The outlet a whole name stands for ("Reuters", "The New York Times", "ria.ru"), unambiguous aliases only; null
    /// when the name is not a known outlet.
    /// </summary>
    public NewsOutlet? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        if (ByDomain.TryGetValue(trimmed.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed, out var byDomain))
        {
            return byDomain;
        }

        var folded = OutletNameFold.Fold(trimmed);
        var found = Lookup(folded);
        if (found.Count == 0 && folded.StartsWith("the ", StringComparison.Ordinal))
        {
            found = Lookup(folded.AsSpan(4));
        }

        return found.Count > 0 ? found[0].Outlet : null;
    }

    private static void Add(Dictionary<string, List<OutletAlias>> table, string alias, NewsOutlet outlet, bool ambiguous)
    {
        // "The Guardian" is found as "Guardian": the recogniser never starts a name at "the", so that "The Associated
        // Press of Pakistan" is read from "Associated" and its longest alias wins.
        var folded = OutletNameFold.Fold(alias);
        if (folded.StartsWith("the ", StringComparison.Ordinal))
        {
            folded = folded[4..];
        }

        if (folded.Length == 0)
        {
            return;
        }

        if (!table.TryGetValue(folded, out var list))
        {
            list = [];
            table.Add(folded, list);
        }

        var isDomain = alias.Contains('.', StringComparison.Ordinal) && !alias.Contains(' ', StringComparison.Ordinal);
        var requiresCapitals = alias.Length <= 4 && alias.All(c => !char.IsLetter(c) || char.IsUpper(c)) && !isDomain;
        if (!list.Any(a => ReferenceEquals(a.Outlet, outlet) && a.RequiresCapitals == requiresCapitals && a.Ambiguous == ambiguous))
        {
            list.Add(new OutletAlias(outlet, ambiguous, requiresCapitals, isDomain));
        }
    }
}
