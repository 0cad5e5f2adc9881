using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// Resolves a third-person pronoun speaker ("he said", "she added") by salience, recency and agreement in gender:
/// <list type="number">
/// <item>a person named since the last statement, outside quoted words, who agrees in gender: in the pronoun's own
/// sentence the first one named (its subject, not an object: "Anna Berg, whose daughter Lisa …, said she …"), else the
/// one named last;</item>
/// <item>else the speaker of the previous statement, unless the gender evidence says otherwise and a person who
/// agrees is named in this or the previous paragraph after the speaker was last named;</item>
/// <item>else the person named last who agrees, within a bounded window.</item>
/// </list>
/// When the previous speaker is kept although the pronoun disagrees with their gender, the mismatch is left for the
/// <c>pronoun-gender-conflict</c> rule to report.
/// </summary>
internal sealed class PronounResolver
{
    private const int Window = 3000;
    private readonly StatementKitData data;

    public PronounResolver(StatementKitData data) => this.data = data;

    public Resolution Resolve(SpeakerContext context, TextSpan mention, string text, char gender, (EntityDraft Entity, int End)? previous)
    {
        var table = context.Table;
        if (gender is 'p' or 'n')
        {
            return previous is { } p && p.Entity.Kind != EntityKind.Person
                ? new Resolution(p.Entity, p.Entity.Name, mention, AttributionMethod.Pronoun, 0.7)
                : new Resolution(null, text, mention, AttributionMethod.Unknown, 0.2);
        }

        var wanted = gender == 'f' ? Gender.Female : Gender.Male;
        var document = context.Document;
        var sentence = document.SentenceIndexAt(mention.Start);
        var from = previous?.End ?? mention.Start - Window;
        EntityDraft? latest = null, subject = null;
        foreach (var (position, entity) in table.PersonMentionsBetween(from, mention.Start))
        {
            if (context.Contents.Contains(position) || !Agrees(entity, wanted))
            {
                continue;
            }

            latest ??= entity;
            if (document.SentenceIndexAt(position) == sentence)
            {
                subject = entity; // mentions come latest first, so the last one seen in this sentence is its first
            }
        }

        if ((subject ?? latest) is { } named)
        {
            return new Resolution(named, named.Name, mention, AttributionMethod.Pronoun, 0.8, wanted);
        }

        if (previous is { Entity.Kind: EntityKind.Person } last)
        {
            if (Agrees(last.Entity, wanted))
            {
                return new Resolution(last.Entity, last.Entity.Name, mention, AttributionMethod.Pronoun, 0.8, wanted);
            }

            if (AgreeingNearby(context, mention.Start, wanted, last.Entity) is { } nearby)
            {
                return new Resolution(nearby, nearby.Name, mention, AttributionMethod.Pronoun, 0.65, wanted);
            }

            return new Resolution(last.Entity, last.Entity.Name, mention, AttributionMethod.Pronoun, 0.55, wanted);
        }

        foreach (var (_, entity) in table.PersonMentionsBetween(mention.Start - Window, mention.Start))
        {
            if (Agrees(entity, wanted))
            {
                return new Resolution(entity, entity.Name, mention, AttributionMethod.Pronoun, 0.6, wanted);
            }
        }

        return new Resolution(null, text, mention, AttributionMethod.Unknown, 0.2);
    }

    /// <summary>
    /// A person whose gender is known to agree, named outside quotes in this paragraph or the one before, and more
    /// recently than the previous speaker: a person named before the speaker was introduced is not the one meant.
    /// </summary>
    private EntityDraft? AgreeingNearby(SpeakerContext context, int position, Gender wanted, EntityDraft speaker)
    {
        var paragraph = context.Document.ParagraphIndexAt(position);
        var floor = context.Document.Paragraphs[Math.Max(0, paragraph - 1)].Start;
        foreach (var (at, entity) in context.Table.PersonMentionsBetween(floor - 1, position))
        {
            if (entity == speaker)
            {
                return null;
            }

            if (!context.Contents.Contains(at) && GenderInference.Tentative(entity, data) == wanted)
            {
                return entity;
            }
        }

        return null;
    }

    private bool Agrees(EntityDraft entity, Gender wanted)
    {
        var tentative = GenderInference.Tentative(entity, data);
        return tentative == Gender.Unknown || tentative == wanted;
    }
}
