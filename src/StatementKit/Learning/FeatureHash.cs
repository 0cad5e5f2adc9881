namespace StatementKit.Learning;

/// <summary>Receives the features of one example, each a template letter and one or two values.</summary>
internal interface IFeatureSink
{
    /// <summary>A feature written <c>t=first</c>, or <c>t=first|second</c> when <paramref name="pair"/>; values are lower-cased.</summary>
    void Add(char template, ReadOnlySpan<char> first, ReadOnlySpan<char> second, bool pair);
}

/// <summary>
/// FNV-1a over a feature's written form (<c>t=first</c> or <c>t=first|second</c>, lower-cased), so a scorer hashes
/// features without building their strings and a model file can still list them by name.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(string written)
    {
        var hash = Offset;
        foreach (var c in written)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    public static ulong Of(char template, ReadOnlySpan<char> first, ReadOnlySpan<char> second, bool pair)
    {
        var hash = Step(Step(Offset, template), '=');
        foreach (var c in first)
        {
            hash = Step(hash, Lower(c));
        }

        if (pair)
        {
            hash = Step(hash, '|');
            foreach (var c in second)
            {
                hash = Step(hash, Lower(c));
            }
        }

        return hash;
    }

    /// <summary>The written form of a feature, as a model file lists it.</summary>
    public static string Written(char template, ReadOnlySpan<char> first, ReadOnlySpan<char> second, bool pair) =>
        pair
            ? string.Concat($"{template}=", first.ToString().ToLowerInvariant(), "|", second.ToString().ToLowerInvariant())
            : string.Concat($"{template}=", first.ToString().ToLowerInvariant());

    private static ulong Step(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>Lower-cases as <see cref="char.ToLowerInvariant(char)"/> does, with a fast path for ASCII.</summary>
    private static char Lower(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
}
