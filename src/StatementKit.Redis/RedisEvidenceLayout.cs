using StackExchange.Redis;
using StatementKit.Speakers;

namespace StatementKit.Redis;

/// <summary>
/// How counts are laid out in Redis (layout <c>v1</c>): one hash per name, key <c>{prefix}:v1:speaker:{name}</c>,
/// one integer field per count. Changing the fields means a new version in the key, never a reinterpretation of old keys.
/// </summary>
internal static class RedisEvidenceLayout
{
    public const string Version = "v1";

    /// <summary>The hash fields, in the order of <see cref="Counts"/>.</summary>
    public static readonly RedisValue[] Fields =
    [
        "articles", "honorific:female", "honorific:male", "first-name:female", "first-name:male", "pronouns:female", "pronouns:male",
    ];

    public static RedisKey Key(string prefix, string name) => $"{prefix}:{Version}:speaker:{name}";

    public static long[] Counts(SpeakerEvidence evidence) =>
    [
        evidence.Articles, evidence.FemaleHonorific, evidence.MaleHonorific, evidence.FemaleFirstName, evidence.MaleFirstName,
        evidence.FemalePronouns, evidence.MalePronouns,
    ];

    /// <summary>The evidence read back from the values of <see cref="Fields"/> (missing or malformed values count 0).</summary>
    public static SpeakerEvidence Evidence(string name, ReadOnlySpan<RedisValue> values) => new(name)
    {
        Articles = At(values, 0),
        FemaleHonorific = At(values, 1),
        MaleHonorific = At(values, 2),
        FemaleFirstName = At(values, 3),
        MaleFirstName = At(values, 4),
        FemalePronouns = At(values, 5),
        MalePronouns = At(values, 6),
    };

    private static int At(ReadOnlySpan<RedisValue> values, int index) =>
        index < values.Length && values[index].TryParse(out long value) ? (int)Math.Clamp(value, 0, int.MaxValue) : 0;
}
