using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// The entities of one document. Person names collapse on their surname ("Lars Holm Vik", "Holm Vik", "Vik",
/// "Mr Vik"), keep the roles written next to them, and are indexed by position (<see cref="PersonMentionIndex"/>) so
/// descriptors and pronouns can find the most recent candidate. How names are written and compared is
/// <see cref="PersonNames"/>; which person a role descriptor names, <see cref="RoleHolders"/>.
/// </summary>
internal sealed class EntityTable
{
    private const int MaxGivenNameWords = 2;
    private const int RecentNameWindow = 600;

    /// <summary>Persons by surname: two people may share one ("Bill Clinton", "Hillary Clinton").</summary>
    private readonly Dictionary<string, List<EntityDraft>> persons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityDraft> others = new(StringComparer.OrdinalIgnoreCase);
    private readonly PersonMentionIndex personMentions = new();

    /// <summary>Whether <see cref="AddPerson"/> made a new person of a surname alone (see <see cref="CompleteSpeakerSurnames"/>).</summary>
    private bool surnameOnlySpeakers;

    public List<EntityDraft> All { get; } = [];

    /// <summary>
    /// Builds the person entities from the name mentions, then places every surname-only mention ("Berg", "Mr. Berg")
    /// with the person it most likely names: the one of that surname named last before it.
    /// </summary>
    /// <remarks>
    /// A name repeated through megabytes of text gives a hundred thousand mentions and a million tokens to look at (about
    /// 100 ms here): the token is looked at every 4,096 of them, so that a cancelled analysis stops promptly.
    /// </remarks>
    public void AddPersons(IReadOnlyList<NameMention> mentions, in TokenReader reader, Func<EntityDraft, Gender> tentativeGender, Func<int, bool> isGivenName,
        CancellationToken cancellationToken)
    {
        // Full names first, so that every person exists before the surname-only mentions are placed. Mentions never
        // start at the same place, so sorting in place orders them as a stable ordered query did, without its key arrays.
        var (longer, single) = (new List<NameMention>(mentions.Count), new List<NameMention>(mentions.Count));
        for (var k = 0; k < mentions.Count; k++)
        {
            (mentions[k].NameTokens.Count > 1 ? longer : mentions[k].NameTokens.Count == 1 ? single : null)?.Add(mentions[k]);
        }

        longer.Sort(static (a, b) => a.NameTokens.Count != b.NameTokens.Count ? b.NameTokens.Count.CompareTo(a.NameTokens.Count) : a.Span.Start.CompareTo(b.Span.Start));
        single.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var fullNames = new List<(int Position, EntityDraft Entity)>(longer.Count);
        for (var k = 0; k < longer.Count; k++)
        {
            Look(k, cancellationToken);
            var mention = longer[k];
            var entity = FullNameOwner(mention.NameTokens) ?? NewPerson(mention.NameTokens);
            Adopt(entity, mention, reader);
            fullNames.Add((mention.NameSpan.Start, entity));
        }

        fullNames.Sort((a, b) => a.Position.CompareTo(b.Position));
        var named = new FullNameMentions(fullNames);
        for (var k = 0; k < single.Count; k++)
        {
            Look(k, cancellationToken);
            var mention = single[k];
            var entity = SurnameOwner(reader.Text, mention.NameTokens[0], mention.NameSpan.Start, mention.Honorific, named, tentativeGender)
                ?? NewPerson(mention.NameTokens);
            Adopt(entity, mention, reader);
        }

        // Every other use of a known surname ("Berg said") is a mention too. Surnames are looked up by the token's
        // characters: a string per capitalised word was most of what building the table allocated.
        var bySurname = persons.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < reader.Count; i++)
        {
            Look(i, cancellationToken);
            if (reader.IsCapitalised(i) && bySurname.TryGetValue(reader.Chars(i), out var surname, out _)
                && SurnameOwner(reader.Text, surname, reader[i].Start, Gender.Unknown, named, tentativeGender) is { } entity)
            {
                entity.AddMention(reader[i].Span);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        CompleteSurnames(reader, isGivenName, cancellationToken);
        foreach (var entity in All)
        {
            entity.Aliases.Remove(entity.Name);
        }

        personMentions.AddAll(All);
    }

    private static void Adopt(EntityDraft entity, NameMention mention, in TokenReader reader)
    {
        var written = PersonNames.Written(reader.Text, mention.NameSpan);
        if (mention.NameTokens.Count > entity.NameTokens.Count || entity.WrittenName is null && mention.NameTokens.Count == entity.NameTokens.Count)
        {
            entity.NameTokens = mention.NameTokens;
            entity.WrittenName = written;
        }

        entity.AddAlias(written);
        entity.AddMention(mention.NameSpan);
        if (mention.Role is { } role && !entity.Roles.Contains(role))
        {
            entity.Roles.Add(role);
        }

        if (mention.HonorificSpan is { } honorific && mention.Honorific != Gender.Unknown)
        {
            entity.GenderEvidence.Add(new GenderEvidence(GenderEvidenceSource.Honorific, mention.Honorific,
                TextExcerpt.From(reader.Text, TextSpan.FromBounds(honorific.Start, mention.NameSpan.End))));
        }
    }

    /// <summary>
    /// The person a full name belongs to: same surname and the same first given name, or an initial of it ("Donald
    /// Trump", "Donald J. Trump" and "D. Trump" are one person; "Bill Clinton" and "Hillary Clinton" are two).
    /// </summary>
    private EntityDraft? FullNameOwner(IReadOnlyList<string> tokens)
    {
        if (!persons.TryGetValue(tokens[^1], out var namesakes))
        {
            return null;
        }

        foreach (var entity in namesakes)
        {
            if (entity.NameTokens.Count == 1 || PersonNames.SameGivenName(entity.NameTokens[0], tokens[0]) || PersonNames.IsSuffix(tokens, entity.NameTokens))
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>
    /// The person a surname alone names at <paramref name="position"/>: the only one of that surname; else the one
    /// whose gender fits the honorific, named last before the position (or first after it, for a name the text
    /// gives in full only later).
    /// </summary>
    private EntityDraft? SurnameOwner(string text, string surname, int position, Gender honorific, FullNameMentions named,
        Func<EntityDraft, Gender> tentativeGender)
    {
        if (!persons.TryGetValue(surname, out var namesakes))
        {
            return null;
        }

        return namesakes.Count == 1 ? namesakes[0] : AmongNamesakes(text, namesakes, position, honorific, named, tentativeGender);
    }

    /// <summary>
    /// <see cref="SurnameOwner"/> when several persons share the surname: its own method, so that the closures it needs
    /// are allocated only then, not for every surname looked up.
    /// </summary>
    private static EntityDraft AmongNamesakes(string text, List<EntityDraft> namesakes, int position, Gender honorific, FullNameMentions named,
        Func<EntityDraft, Gender> tentativeGender)
    {
        bool Fits(EntityDraft e) => honorific == Gender.Unknown || tentativeGender(e) is var g && (g == Gender.Unknown || g == honorific);

        // A namesake named in full earlier in the paragraph ("Bill Clinton took the stage. … Clinton said") is meant; otherwise the
        // one the article names first, as news introduces its subject first and gives later namesakes their first names
        // ("Clinton" in a story about Hillary Clinton that mentions Bill Clinton three times), unless another is named
        // in full at least twice as often.
        return named.LastNamedBefore(position, RecentNameWindow,
                (at, e) => namesakes.Contains(e) && Fits(e) && !text.AsSpan(at, position - at).ContainsAny('\n', '\r'))
            ?? named.FirstUnlessOutnamed(namesakes, Fits)
            ?? namesakes.FirstOrDefault(Fits) ?? namesakes[0];
    }

    private EntityDraft NewPerson(IReadOnlyList<string> tokens)
    {
        var entity = new EntityDraft(EntityKind.Person, tokens, tokens[^1]);
        if (!persons.TryGetValue(tokens[^1], out var namesakes))
        {
            namesakes = [];
            persons.Add(tokens[^1], namesakes);
        }

        namesakes.Add(entity);
        All.Add(entity);
        return entity;
    }

    /// <summary>
    /// <see cref="CompleteSurnames"/> again once speaker phrases have added persons of their own ("Garin said", where the
    /// given name is no known first name and the finder left "Geoff Garin" alone); nothing to do when none of them was a
    /// surname alone, since the first pass completed every other person it could.
    /// </summary>
    public void CompleteSpeakerSurnames(in TokenReader reader, Func<int, bool> isGivenName, CancellationToken cancellationToken)
    {
        if (surnameOnlySpeakers)
        {
            CompleteSurnames(reader, isGivenName, cancellationToken);
        }
    }

    /// <summary>
    /// Gives a person known only by a surname its full name when the text writes one ("Geoff Garin, a pollster" and
    /// later "Mr. Garin"): one or two capitalised given names right before the surname, none a title or a function word.
    /// </summary>
    private void CompleteSurnames(in TokenReader reader, Func<int, bool> isGivenName, CancellationToken cancellationToken)
    {
        var bySurname = persons.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 1; i < reader.Count; i++)
        {
            Look(i, cancellationToken);
            if (!reader.IsCapitalised(i) || !bySurname.TryGetValue(reader.Chars(i), out var namesakes) || namesakes.Count != 1
                || namesakes[0] is not { NameTokens.Count: 1 } entity)
            {
                continue;
            }

            var first = i;
            while (first - 1 >= 0 && i - first < MaxGivenNameWords && isGivenName(first - 1) && !reader.BreakBetween(first - 1, first))
            {
                first--;
            }

            if (first < i)
            {
                var tokens = Enumerable.Range(first, i - first + 1).Select(reader.Word).ToArray();
                entity.NameTokens = tokens;
                entity.WrittenName = PersonNames.Written(reader.Text, reader.Span(first, i));
                entity.AddMention(reader.Span(first, i));
            }
        }
    }

    /// <summary>The person whose name words appear in the phrase: a full name, else the surname's owner at that point.</summary>
    public EntityDraft? PersonNamedIn(in TokenReader reader, int first, int last)
    {
        for (var i = last; i >= first; i--)
        {
            if (!reader.IsCapitalised(i))
            {
                continue;
            }

            var word = reader.Word(i);
            if (!persons.TryGetValue(word, out var namesakes) && !(NameMentionFinder.StripPossessive(word) is { } owner && persons.TryGetValue(owner, out namesakes)))
            {
                continue;
            }

            // "Hillary Clinton": the given name before the surname picks the person.
            if (namesakes.Count > 1 && i > first && reader.IsCapitalised(i - 1))
            {
                var given = reader.Word(i - 1);
                foreach (var entity in namesakes)
                {
                    if (entity.NameTokens.Count > 1 && PersonNames.SameGivenName(entity.NameTokens[0], given))
                    {
                        return entity;
                    }
                }
            }

            return namesakes.Count == 1 ? namesakes[0] : personMentions.MentionedAt(reader[i].Start, namesakes) ?? personMentions.MostRecent(namesakes, reader[i].Start) ?? namesakes[0];
        }

        return null;
    }

    /// <summary>A new person known only by the words of a speaker phrase ("Sjmyhal said").</summary>
    public EntityDraft AddPerson(IReadOnlyList<string> nameTokens, TextSpan span)
    {
        var entity = FullNameOwner(nameTokens) ?? (nameTokens.Count == 1 && persons.TryGetValue(nameTokens[0], out var namesakes) ? namesakes[0] : null);
        if (entity is null)
        {
            entity = NewPerson(nameTokens);
            surnameOnlySpeakers |= nameTokens.Count == 1;
        }

        entity.AddMention(span);
        personMentions.Insert(span.Start, entity);
        return entity;
    }

    /// <summary>The organisation or group with this name, created on first use.</summary>
    public EntityDraft Other(EntityKind kind, string name, TextSpan span)
    {
        var key = PersonNames.OrganisationKey(name);
        if (!others.TryGetValue(key, out var entity))
        {
            entity = new EntityDraft(kind, name.Split(' ', StringSplitOptions.RemoveEmptyEntries), key);
            others.Add(key, entity);
            All.Add(entity);
        }

        entity.AddMention(span);
        return entity;
    }

    /// <summary>The person with a role of this class (and country, when given) that fits best, the most recently mentioned on ties.</summary>
    public EntityDraft? PersonWithRole(string roleClass, string? title, string? country, int position)
    {
        var best = RoleHolders.Best(All, roleClass, title, country);
        if (best.Count <= 1)
        {
            return best.Count == 1 ? best[0] : null;
        }

        // Recency breaks ties: the holder named last before the descriptor.
        return personMentions.MostRecent(best, position) ?? best[0];
    }

    /// <summary>The one person named before <paramref name="position"/>, when exactly one is.</summary>
    public EntityDraft? OnlyPersonBefore(int position)
    {
        EntityDraft? only = null;
        foreach (var entity in All)
        {
            if (entity.Kind != EntityKind.Person || entity.FirstPosition >= position)
            {
                continue;
            }

            if (only is not null)
            {
                return null;
            }

            only = entity;
        }

        return only;
    }

    /// <summary>Person mentions between two positions (exclusive), latest first.</summary>
    public IEnumerable<(int Position, EntityDraft Entity)> PersonMentionsBetween(int from, int to) => personMentions.Between(from, to);

    /// <summary>Looks at the token once every 4,096 steps of a loop.</summary>
    private static void Look(int step, CancellationToken cancellationToken)
    {
        if ((step & 0xFFF) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
