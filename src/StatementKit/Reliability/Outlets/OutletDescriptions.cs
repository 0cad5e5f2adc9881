using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Reliability.Outlets;

/// <summary>What the words around an outlet's name say: where the description starts and ends, state, country, a kind noun.</summary>
internal readonly record struct OutletDescription(int First, int Last, bool State, string? Country, bool Kind);

/// <summary>
/// Reads the descriptions of outlets: the words around a name ("the Russian state news agency …", "…, the country's
/// official news outlet,") and descriptions standing alone ("Iranian state TV", "state media"). Bounded look-arounds.
/// </summary>
internal sealed class OutletDescriptions
{
    private const int MaxAppositionTokens = 12;
    private const int MaxDescriptionTokens = 6;

    private readonly TokenReader reader;
    private readonly StatementKitData data;

    public OutletDescriptions(TokenReader reader, StatementKitData data)
    {
        this.reader = reader;
        this.data = data;
    }

    /// <summary>The description around a name: words before it ("the Russian state news agency") and after it
    /// ("news agency"; ", the country's official broadcaster,").</summary>
    public OutletDescription Describe(int first, int last)
    {
        var description = new OutletDescription(first, last, false, null, false);
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
    private OutletDescription? ReadApposition(int start)
    {
        if (!IsDeterminer(start) && !IsCountryWord(start))
        {
            return null;
        }

        var description = new OutletDescription(start, start, false, null, false);
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

    /// <summary>Descriptions without a name: "Iranian state TV", "the state-run news agency", "state media".</summary>
    public void AddLoneDescriptions(List<OutletReference> references)
    {
        var taken = new HashSet<int>(references.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1)));
        for (var k = 0; k < reader.Count; k++)
        {
            if (taken.Contains(k) || !(reader.IsLowerWord(k) || reader.IsAllCaps(k)) || !Cue(k).Has(OutletCue.Kind) || IsBareAgency(k))
            {
                continue;
            }

            // Read the modifiers before the head noun; a state word among them makes a described state outlet.
            var description = new OutletDescription(k, k, false, null, true);
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

    /// <summary>Whether token <paramref name="k"/> may stand in an outlet's description, recording what it says.</summary>
    private bool Modifier(int k, ref OutletDescription description)
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
}
