namespace StatementKit.Speakers;

/// <summary>
/// What a set of articles tells about one person's gender, as counts of articles: how many gave female or male
/// evidence of each independent kind. Counts only ever add up, so evidence merged from many workers in any order ends
/// the same; <see cref="Gender"/> is decided from the counts by one documented rule that every registry shares.
/// </summary>
/// <param name="Name">The person's canonical name, compared ordinally.</param>
public sealed record SpeakerEvidence(string Name)
{
    /// <summary>Longer "names" are not remembered: no person's name is that long, and a registry key must stay small.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The fewest articles whose pronouns must agree before the registry states a gender from pronouns alone.</summary>
    public const int MinPronounArticles = 2;

    /// <summary>Articles that recorded evidence for this name.</summary>
    public int Articles { get; init; }

    /// <summary>Articles that call the person by a female honorific ("Ms", "Mrs").</summary>
    public int FemaleHonorific { get; init; }

    /// <summary>Articles that call the person by a male honorific ("Mr").</summary>
    public int MaleHonorific { get; init; }

    /// <summary>Articles whose first-name lexicon reads the first name as female.</summary>
    public int FemaleFirstName { get; init; }

    /// <summary>Articles whose first-name lexicon reads the first name as male.</summary>
    public int MaleFirstName { get; init; }

    /// <summary>Articles in which more pronouns referring to the person are female than male.</summary>
    public int FemalePronouns { get; init; }

    /// <summary>Articles in which more pronouns referring to the person are male than female.</summary>
    public int MalePronouns { get; init; }

    /// <summary>
    /// The gender these counts support. The rule: honorifics decide when articles with a female and with a male
    /// honorific differ in number (the larger wins); otherwise pronouns decide when at least
    /// <see cref="MinPronounArticles"/> articles point to one gender and they are more than twice the articles that
    /// point to the other; otherwise <see cref="Gender.Unknown"/>. First names never decide here: an article already
    /// reads its own first names, and the lexicon says the same thing in every article of a name.
    /// </summary>
    public Gender Gender =>
        FemaleHonorific > MaleHonorific ? Gender.Female
        : MaleHonorific > FemaleHonorific ? Gender.Male
        : FemalePronouns >= MinPronounArticles && FemalePronouns > 2 * MalePronouns ? Gender.Female
        : MalePronouns >= MinPronounArticles && MalePronouns > 2 * FemalePronouns ? Gender.Male
        : Gender.Unknown;

    /// <summary>Whether this can be recorded: a name of 1 to <see cref="MaxNameLength"/> characters and no count below zero.</summary>
    public bool IsRecordable =>
        Name is { Length: > 0 and <= MaxNameLength }
        && (Articles | FemaleHonorific | MaleHonorific | FemaleFirstName | MaleFirstName | FemalePronouns | MalePronouns) >= 0;

    /// <summary>The sum of two sets of counts for the same name.</summary>
    /// <exception cref="ArgumentException">The names differ.</exception>
    public SpeakerEvidence Plus(SpeakerEvidence other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!string.Equals(Name, other.Name, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Evidence for '{other.Name}' cannot be added to evidence for '{Name}'.", nameof(other));
        }

        return this with
        {
            Articles = Articles + other.Articles,
            FemaleHonorific = FemaleHonorific + other.FemaleHonorific,
            MaleHonorific = MaleHonorific + other.MaleHonorific,
            FemaleFirstName = FemaleFirstName + other.FemaleFirstName,
            MaleFirstName = MaleFirstName + other.MaleFirstName,
            FemalePronouns = FemalePronouns + other.FemalePronouns,
            MalePronouns = MalePronouns + other.MalePronouns,
        };
    }

    /// <summary>
    /// The evidence one analysed article gives, one entry per person (ordered by name, each count 0 or 1): its
    /// honorifics, first names and pronoun majority. Evidence the article took from a registry is left out, so what an
    /// article records never depends on what the registry held when it was read — the reason counts merge in any order.
    /// Persons with no evidence, or with a name longer than <see cref="MaxNameLength"/>, are left out.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static IReadOnlyList<SpeakerEvidence> From(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var byName = new SortedDictionary<string, SpeakerEvidence>(StringComparer.Ordinal);
        foreach (var entity in analysis.Entities)
        {
            if (entity.Kind != EntityKind.Person || entity.Name.Length is 0 or > MaxNameLength
                || Of(entity) is not { } evidence)
            {
                continue;
            }

            // One article counts once per name, even when it lists the name twice.
            byName[entity.Name] = byName.TryGetValue(entity.Name, out var earlier) ? AtMostOne(earlier.Plus(evidence)) : evidence;
        }

        return [.. byName.Values];
    }

    private static SpeakerEvidence? Of(Entity entity)
    {
        int Has(GenderEvidenceSource source, Gender gender) =>
            entity.GenderEvidence.Any(e => e.Source == source && e.Gender == gender) ? 1 : 0;

        var femalePronouns = entity.GenderEvidence.Count(e => e.Source == GenderEvidenceSource.Pronoun && e.Gender == Gender.Female);
        var malePronouns = entity.GenderEvidence.Count(e => e.Source == GenderEvidenceSource.Pronoun && e.Gender == Gender.Male);
        var evidence = new SpeakerEvidence(entity.Name)
        {
            Articles = 1,
            FemaleHonorific = Has(GenderEvidenceSource.Honorific, Gender.Female),
            MaleHonorific = Has(GenderEvidenceSource.Honorific, Gender.Male),
            FemaleFirstName = Has(GenderEvidenceSource.FirstName, Gender.Female),
            MaleFirstName = Has(GenderEvidenceSource.FirstName, Gender.Male),
            FemalePronouns = femalePronouns > malePronouns ? 1 : 0,
            MalePronouns = malePronouns > femalePronouns ? 1 : 0,
        };
        return evidence == new SpeakerEvidence(entity.Name) { Articles = 1 } ? null : evidence;
    }

    private static SpeakerEvidence AtMostOne(SpeakerEvidence evidence) => evidence with
    {
        Articles = 1,
        FemaleHonorific = Math.Min(evidence.FemaleHonorific, 1),
        MaleHonorific = Math.Min(evidence.MaleHonorific, 1),
        FemaleFirstName = Math.Min(evidence.FemaleFirstName, 1),
        MaleFirstName = Math.Min(evidence.MaleFirstName, 1),
        FemalePronouns = Math.Min(evidence.FemalePronouns, 1),
        MalePronouns = Math.Min(evidence.MalePronouns, 1),
    };
}
