using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// The places where persons are named in full, by position, with how often each person is, so that a surname shared
/// by two people ("Clinton") is given to one of them without reading every full name again for every use of the
/// surname (which grew with the square of a long article's length).
/// </summary>
internal sealed class FullNameMentions
{
    private readonly List<(int Position, EntityDraft Entity)> mentions;
    private readonly Dictionary<EntityDraft, (int Count, int FirstIndex)> byEntity = [];

    /// <summary>Takes the full-name mentions (position of the name, person), sorted by position.</summary>
    public FullNameMentions(List<(int Position, EntityDraft Entity)> sorted)
    {
        mentions = sorted;
        for (var i = 0; i < sorted.Count; i++)
        {
            byEntity[sorted[i].Entity] = byEntity.TryGetValue(sorted[i].Entity, out var seen) ? (seen.Count + 1, seen.FirstIndex) : (1, i);
        }
    }

    /// <summary>
    /// The person named in full last at or before <paramref name="position"/>, no further back than
    /// <paramref name="window"/> characters, that <paramref name="accepts"/> takes, or null.
    /// </summary>
    public EntityDraft? LastNamedBefore(int position, int window, Func<int, EntityDraft, bool> accepts)
    {
        var lo = SortedSearch.LowerBound(mentions, position + 1, static m => m.Position);

        for (var i = lo - 1; i >= 0 && mentions[i].Position >= position - window; i--)
        {
            if (accepts(mentions[i].Position, mentions[i].Entity))
            {
                return mentions[i].Entity;
            }
        }

        return null;
    }

    /// <summary>
    /// Of the candidates that <paramref name="accepts"/> takes and that are named in full, the one mentioned first,
    /// unless another is named in full at least twice as often (the most named; ties go to the one mentioned first,
    /// then to the one named in full first). Null when none is named in full.
    /// </summary>
    public EntityDraft? FirstUnlessOutnamed(List<EntityDraft> candidates, Func<EntityDraft, bool> accepts)
    {
        EntityDraft? first = null, most = null;
        (int Count, int FirstIndex) firstSeen = default, mostSeen = default;
        foreach (var entity in candidates)
        {
            if (!byEntity.TryGetValue(entity, out var seen) || !accepts(entity))
            {
                continue;
            }

            if (first is null || Earlier(entity, seen, first, firstSeen))
            {
                (first, firstSeen) = (entity, seen);
            }

            if (most is null || seen.Count > mostSeen.Count || seen.Count == mostSeen.Count && Earlier(entity, seen, most, mostSeen))
            {
                (most, mostSeen) = (entity, seen);
            }
        }

        return first is not null && mostSeen.Count < 2 * firstSeen.Count ? first : most;
    }

    private static bool Earlier(EntityDraft entity, (int Count, int FirstIndex) seen, EntityDraft other, (int Count, int FirstIndex) otherSeen) =>
        entity.FirstPosition < other.FirstPosition || entity.FirstPosition == other.FirstPosition && seen.FirstIndex < otherSeen.FirstIndex;
}
