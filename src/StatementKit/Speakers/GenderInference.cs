using StatementKit.Data;

namespace StatementKit.Speakers;

/// <summary>
/// Decides each person's gender from its evidence, strongest first: an honorific, the cross-document registry, the
/// first-name lexicon, and only then the pronouns that refer to the person. Pronouns that disagree with stronger
/// evidence stay listed as evidence: the <c>pronoun-gender-conflict</c> rule reports them.
/// </summary>
internal static class GenderInference
{
    /// <summary>The gender known before reading pronouns: honorific, then first name.</summary>
    public static Gender Tentative(EntityDraft entity, StatementKitData data)
    {
        foreach (var evidence in entity.GenderEvidence)
        {
            if (evidence.Source == GenderEvidenceSource.Honorific)
            {
                return evidence.Gender;
            }
        }

        return FirstNameGender(entity, data);
    }

    public static void Apply(EntityTable table, Resolution?[] resolved, string text, StatementKitData data, ISpeakerRegistry? registry)
    {
        foreach (var resolution in resolved)
        {
            if (resolution is { Method: AttributionMethod.Pronoun, Entity: { Kind: EntityKind.Person } entity, Mention: { } mention }
                && resolution.PronounGender != Gender.Unknown)
            {
                entity.GenderEvidence.Add(new GenderEvidence(GenderEvidenceSource.Pronoun, resolution.PronounGender, TextExcerpt.From(text, mention)));
            }
        }

        var persons = table.All.Where(e => e.Kind == EntityKind.Person).ToList();
        var recorded = registry?.Find(persons.Select(e => e.Name).Distinct(StringComparer.Ordinal).ToList());
        foreach (var entity in persons)
        {
            var firstName = FirstNameGender(entity, data);
            if (firstName != Gender.Unknown)
            {
                entity.GenderEvidence.Add(new GenderEvidence(GenderEvidenceSource.FirstName, firstName, null));
            }

            if (recorded is not null && recorded.TryGetValue(entity.Name, out var earlier) && earlier.Gender != Gender.Unknown)
            {
                entity.GenderEvidence.Add(new GenderEvidence(GenderEvidenceSource.Registry, earlier.Gender, null));
            }

            entity.Gender = Decide(entity.GenderEvidence);
            entity.GenderEvidence.Sort((a, b) => a.Source.CompareTo(b.Source));
        }
    }

    private static Gender Decide(List<GenderEvidence> evidence)
    {
        // Plain loops: an array and five closures per person were most of what deciding allocated.
        if ((First(evidence, GenderEvidenceSource.Honorific) ?? First(evidence, GenderEvidenceSource.Registry)
            ?? First(evidence, GenderEvidenceSource.FirstName)) is { } found)
        {
            return found.Gender;
        }

        int female = 0, male = 0;
        foreach (var e in evidence)
        {
            female += e is { Source: GenderEvidenceSource.Pronoun, Gender: Gender.Female } ? 1 : 0;
            male += e is { Source: GenderEvidenceSource.Pronoun, Gender: Gender.Male } ? 1 : 0;
        }

        return female > male ? Gender.Female : male > female ? Gender.Male : Gender.Unknown;
    }

    private static GenderEvidence? First(List<GenderEvidence> evidence, GenderEvidenceSource source)
    {
        foreach (var e in evidence)
        {
            if (e.Source == source)
            {
                return e;
            }
        }

        return null;
    }

    private static Gender FirstNameGender(EntityDraft entity, StatementKitData data) =>
        entity.NameTokens.Count >= 2 && data.FirstNames.TryGetValue(entity.NameTokens[0], out var gender) ? gender : Gender.Unknown;
}
