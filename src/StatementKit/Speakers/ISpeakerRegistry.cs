using System.Collections.Concurrent;

namespace StatementKit.Speakers;

/// <summary>
/// Remembers speakers across articles: analysing several articles with one registry lets later articles use the
/// gender evidence of earlier ones. Optional; register one with <c>AddStatementKit</c> or the builder.
/// </summary>
public interface ISpeakerRegistry
{
    /// <summary>The gender recorded for a person's canonical name, if any.</summary>
    bool TryGetGender(string name, out Gender gender);

    /// <summary>Records the persons of an analysed article whose gender rests on evidence other than pronouns alone.</summary>
    void Record(ArticleAnalysis analysis);
}

/// <summary>A thread-safe, in-memory <see cref="ISpeakerRegistry"/>.</summary>
public sealed class InMemorySpeakerRegistry : ISpeakerRegistry
{
    private readonly ConcurrentDictionary<string, Gender> genders = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public bool TryGetGender(string name, out Gender gender) => genders.TryGetValue(name, out gender);

    /// <inheritdoc />
    public void Record(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        foreach (var entity in analysis.Entities)
        {
            if (entity.Kind != EntityKind.Person || entity.Gender == Gender.Unknown)
            {
                continue;
            }

            // Pronouns agreeing with the decided gender are evidence worth keeping; a lone conflicting pronoun is not.
            var support = entity.GenderEvidence.Where(e => e.Gender == entity.Gender && e.Source != GenderEvidenceSource.Registry).Sum(Weight);
            var against = entity.GenderEvidence.Where(e => e.Gender != entity.Gender).Sum(Weight);
            if (support > against)
            {
                genders.AddOrUpdate(entity.Name, entity.Gender, (_, old) => old);
            }
        }
    }

    /// <summary>An honorific outweighs a few pronouns; a first name from the lexicon counts as much as one pronoun.</summary>
    private static int Weight(GenderEvidence evidence) => evidence.Source == GenderEvidenceSource.Honorific ? 3 : 1;
}
