using StatementKit.Speakers;

namespace StatementKit.Reliability.Rules;

/// <summary>Every mention of a person in text order, to ask who was named between two positions.</summary>
internal sealed class PersonMentions
{
    /// <summary>How far back a mention is looked for: further, the text has moved on (and the walk stays bounded).</summary>
    private const int Reach = 3000;

    private readonly IReadOnlyList<Entity> entities;
    private readonly List<(TextSpan Span, int Entity)> mentions;

    public PersonMentions(IReadOnlyList<Entity> entities)
    {
        this.entities = entities;
        mentions = PronounLinker.PersonNames(entities);
    }

    /// <summary>
    /// Whether another person of <paramref name="gender"/> is named after entity <paramref name="entity"/>'s last mention
    /// before <paramref name="position"/> and before that position; <paramref name="since"/> is that last mention (or
    /// 300 characters back when there is none within reach).
    /// </summary>
    public bool NamedBetween(int entity, int position, Gender gender, out int since)
    {
        since = Math.Max(0, position - 300);
        for (var i = Text.SortedSearch.LastStartingAtOrBefore(mentions, position - 1, static m => m.Span.Start); i >= 0; i--)
        {
            var (span, other) = mentions[i];
            var at = span.Start;
            if (at < position - Reach)
            {
                return false;
            }

            if (other == entity)
            {
                since = at;
                return false;
            }

            if (entities[other].Gender == gender)
            {
                return true;
            }
        }

        return false;
    }
}
