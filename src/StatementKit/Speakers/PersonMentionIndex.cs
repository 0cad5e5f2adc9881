using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// Every mention of a person in a document, sorted by position, so that descriptors and pronouns can walk back from a
/// point to the most recent candidates (a bounded walk keeps a long article linear).
/// </summary>
internal sealed class PersonMentionIndex
{
    private const int MaxRecencyLookBack = 2000;
    private readonly List<(int Position, EntityDraft Entity)> mentions = [];

    /// <summary>Indexes every mention of the persons among <paramref name="entities"/>, replacing none.</summary>
    public void AddAll(List<EntityDraft> entities)
    {
        var count = mentions.Count;
        foreach (var entity in entities)
        {
            count += entity.Mentions.Count;
        }

        // Sized once, with room for the persons that speaker phrases add later (Insert): growing it copied it several
        // times per article.
        mentions.EnsureCapacity(count + 16);
        foreach (var entity in entities)
        {
            foreach (var mention in entity.Mentions)
            {
                mentions.Add((mention.Start, entity));
            }
        }

        mentions.Sort((a, b) => a.Position.CompareTo(b.Position));
    }

    /// <summary>Adds one mention in its place (before any other at the same position).</summary>
    public void Insert(int position, EntityDraft entity) => mentions.Insert(FirstAtOrAfter(position), (position, entity));

    /// <summary>Person mentions between two positions (exclusive), latest first.</summary>
    public IEnumerable<(int Position, EntityDraft Entity)> Between(int from, int to)
    {
        for (var i = FirstAtOrAfter(to) - 1; i >= 0 && mentions[i].Position > from; i--)
        {
            yield return mentions[i];
        }
    }

    /// <summary>The one of <paramref name="candidates"/> mentioned exactly at <paramref name="position"/>, or null.</summary>
    public EntityDraft? MentionedAt(int position, List<EntityDraft> candidates)
    {
        for (var i = FirstAtOrAfter(position); i < mentions.Count && mentions[i].Position == position; i++)
        {
            if (candidates.Contains(mentions[i].Entity))
            {
                return mentions[i].Entity;
            }
        }

        return null;
    }

    /// <summary>The one of <paramref name="candidates"/> mentioned last before <paramref name="position"/>, looking back a bounded number of mentions.</summary>
    public EntityDraft? MostRecent(List<EntityDraft> candidates, int position)
    {
        var looked = 0;
        foreach (var (_, entity) in Between(-1, position))
        {
            if (candidates.Contains(entity))
            {
                return entity;
            }

            if (++looked > MaxRecencyLookBack)
            {
                break;
            }
        }

        return null;
    }

    private int FirstAtOrAfter(int position) => SortedSearch.LowerBound(mentions, position, static m => m.Position);
}
