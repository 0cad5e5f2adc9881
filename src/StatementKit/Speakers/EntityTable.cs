using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// The entities of one document. Person names collapse on their surname ("Lars Holm Vik", "Holm Vik", "Vik",
/// "Mr Vik"), keep the roles written next to them, and are indexed by position so descriptors and pronouns can
/// find the most recent candidate.
/// </summary>
internal sealed class EntityTable
{
    private const int MaxRecencyLookBack = 2000;

    private readonly Dictionary<string, EntityDraft> persons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityDraft> others = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(int Position, EntityDraft Entity)> personMentions = [];

    public List<EntityDraft> All { get; } = [];

    /// <summary>Builds the person entities from the name mentions, then finds every later surname-only mention.</summary>
    public void AddPersons(IReadOnlyList<NameMention> mentions, in TokenReader reader)
    {
        // Longer names first, so that "Berg" joins "Anna Berg" whichever comes first in the text.
        foreach (var mention in mentions.OrderByDescending(m => m.NameTokens.Count).ThenBy(m => m.Span.Start))
        {
            var surname = mention.NameTokens[^1];
            if (!persons.TryGetValue(surname, out var entity))
            {
                entity = new EntityDraft(EntityKind.Person, mention.NameTokens, surname);
                persons.Add(surname, entity);
                All.Add(entity);
            }
            else if (mention.NameTokens.Count > entity.NameTokens.Count)
            {
                entity.NameTokens = mention.NameTokens;
            }

            var alias = string.Join(' ', mention.NameTokens);
            entity.AddAlias(alias);
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

        // Every other use of a known surname ("Berg said") is a mention too.
        for (var i = 0; i < reader.Count; i++)
        {
            if (reader.IsCapitalised(i) && persons.TryGetValue(reader.Word(i), out var entity))
            {
                entity.AddMention(reader[i].Span);
            }
        }

        foreach (var entity in All)
        {
            entity.Aliases.Remove(entity.Name);
            foreach (var mention in entity.Mentions)
            {
                personMentions.Add((mention.Start, entity));
            }
        }

        personMentions.Sort((a, b) => a.Position.CompareTo(b.Position));
    }

    /// <summary>The person whose name words appear in the phrase, preferring the one matching most words.</summary>
    public EntityDraft? PersonNamedIn(in TokenReader reader, int first, int last)
    {
        for (var i = last; i >= first; i--)
        {
            if (!reader.IsCapitalised(i))
            {
                continue;
            }

            var word = reader.Word(i);
            if (persons.TryGetValue(word, out var entity) || NameMentionFinder.StripPossessive(word) is { } owner && persons.TryGetValue(owner, out entity))
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>A new person known only by the words of a speaker phrase ("Sjmyhal said").</summary>
    public EntityDraft AddPerson(IReadOnlyList<string> nameTokens, TextSpan span)
    {
        var surname = nameTokens[^1];
        if (!persons.TryGetValue(surname, out var entity))
        {
            entity = new EntityDraft(EntityKind.Person, nameTokens, surname);
            persons.Add(surname, entity);
            All.Add(entity);
        }

        entity.AddMention(span);
        Insert(span.Start, entity);
        return entity;
    }

    /// <summary>The organisation or group with this name, created on first use.</summary>
    public EntityDraft Other(EntityKind kind, string name, TextSpan span)
    {
        var key = Normalise(name);
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
        var best = new List<EntityDraft>();
        var bestScore = 0;
        foreach (var entity in All)
        {
            var score = entity.Kind == EntityKind.Person ? RoleScore(entity, roleClass, title, country) : 0;
            if (score > bestScore)
            {
                bestScore = score;
                best.Clear();
            }

            if (score == bestScore && score > 0)
            {
                best.Add(entity);
            }
        }

        if (best.Count <= 1)
        {
            return best.Count == 1 ? best[0] : null;
        }

        // Recency breaks ties: the holder named last before the descriptor (a bounded look back keeps this linear).
        var looked = 0;
        foreach (var (_, entity) in PersonMentionsBetween(-1, position))
        {
            if (best.Contains(entity))
            {
                return entity;
            }

            if (++looked > MaxRecencyLookBack)
            {
                break;
            }
        }

        return best[0];
    }

    private static int RoleScore(EntityDraft entity, string roleClass, string? title, string? country)
    {
        var score = 0;
        foreach (var role in entity.Roles)
        {
            // "the Finnish leader": "leader" fits any role, the country decides.
            if (!string.Equals(role.RoleClass, roleClass, StringComparison.Ordinal) && roleClass != "leader"
                || country is not null && role.Country is not null && !string.Equals(role.Country, country, StringComparison.Ordinal))
            {
                continue;
            }

            var roleScore = 1;
            roleScore += country is not null && role.Country == country ? 4 : 0;
            roleScore += title is not null && string.Equals(role.Title, title, StringComparison.OrdinalIgnoreCase) ? 2 : 0;
            score = Math.Max(score, roleScore);
        }

        return score;
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
    public IEnumerable<(int Position, EntityDraft Entity)> PersonMentionsBetween(int from, int to)
    {
        var index = UpperBound(to) - 1;
        for (var i = index; i >= 0 && personMentions[i].Position > from; i--)
        {
            yield return personMentions[i];
        }
    }

    private void Insert(int position, EntityDraft entity)
    {
        var index = UpperBound(position);
        personMentions.Insert(index, (position, entity));
    }

    private int UpperBound(int position)
    {
        int lo = 0, hi = personMentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (personMentions[mid].Position < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static string Normalise(string name)
    {
        var trimmed = name.Trim();
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed;
    }
}
