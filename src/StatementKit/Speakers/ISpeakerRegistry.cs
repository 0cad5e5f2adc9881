namespace StatementKit.Speakers;

/// <summary>
/// Remembers speakers across articles as counts of gender evidence per canonical name (<see cref="SpeakerEvidence"/>),
/// so that later articles, or other workers sharing the registry, can use what earlier articles showed. Optional;
/// register one with <c>AddStatementKit</c> or <see cref="StatementAnalyzerBuilder.UseSpeakerRegistry"/>.
/// </summary>
/// <remarks>
/// Implementations store counts and add to them atomically, never read-modify-write, so that the state after any
/// set of articles is the same whatever the order or the number of workers. They decide nothing themselves: the
/// analyzer reads <see cref="SpeakerEvidence.Gender"/>, one rule for every registry. Implementations must be
/// thread-safe and must not throw on content or on a failure of their store.
/// </remarks>
public interface ISpeakerRegistry
{
    /// <summary>The counts recorded for each of these names; names with none are absent from the result.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null.</exception>
    IReadOnlyDictionary<string, SpeakerEvidence> Find(IReadOnlyCollection<string> names);

    /// <summary>Adds the counts of one article (from <see cref="SpeakerEvidence.From"/>) to the recorded ones.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    void Record(IReadOnlyCollection<SpeakerEvidence> evidence);
}

/// <summary>Conveniences over <see cref="ISpeakerRegistry"/>.</summary>
public static class SpeakerRegistryExtensions
{
    /// <summary>The gender the registry's evidence supports for a canonical name, if it supports one.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool TryGetGender(this ISpeakerRegistry registry, string name, out Gender gender)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(name);
        gender = registry.Find([name]).TryGetValue(name, out var evidence) ? evidence.Gender : Gender.Unknown;
        return gender != Gender.Unknown;
    }

    /// <summary>Adds the evidence of an analysed article (<see cref="SpeakerEvidence.From"/>) to the registry.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Record(this ISpeakerRegistry registry, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(analysis);
        var evidence = SpeakerEvidence.From(analysis);
        if (evidence.Count > 0)
        {
            registry.Record(evidence);
        }
    }
}
