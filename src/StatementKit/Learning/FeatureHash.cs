namespace StatementKit.Learning;

/// <summary>Receives the features of one example, each a template letter and one or two values.</summary>
internal interface IFeatureSink
{
    /// <summary>A feature written <c>t=first</c>, or <c>t=first|second</c> when <paramref name="pair"/>; values are lower-cased.</summary>
    void Add(char template, ReadOnlySpan<char> first, ReadOnlySpan<char> second, bool pair);
}

/// <summary>
/// FNV-1a over a feature's value (<c>first</c> or <c>first|second</c>, lower-cased) followed by its template letter, so a
/// scorer hashes features without building their strings and a model file can still list them by name (<c>t=value</c>).
/// The value comes first so that a scorer can hash a word once and finish it under several templates, or continue it
/// with <c>|second</c> for a pair (see <see cref="Continue"/>); ending with the one-letter template keeps the encoding
/// of (template, value) unambiguous.
/// </summary>
internal static class FeatureHash
{
    /// <summary>The state before any character.</summary>
    public const ulong Start = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>The key of a feature as a model file writes it, <c>t=value</c>.</summary>
    public static ulong Of(string written)
    {
        if (written.Length < 2 || written[1] != '=')
        {
            return Finish(Raw(Start, written), '\0');
        }

        return Finish(Raw(Start, written.AsSpan(2)), written[0]);
    }

    public static ulong Of(char template, ReadOnlySpan<char> first, ReadOnlySpan<char> second, bool pair)
    {
        var hash = Continue(Start, first);
        if (pair)
        {
            hash = Continue(Separator(hash), second);
        }

        return Finish(hash, template);
    }

    /// <summary>The state after <paramref name="state"/> and the lower-cased characters of <paramref name="value"/>.</summary>
    public static ulong Continue(ulong state, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            state = Step(state, Lower(c));
        }

        return state;
    }

    /// <summary>The state after the <c>|</c> between a pair's two values.</summary>
    public static ulong Separator(ulong state) => Step(state, '|');

    /// <summary>The key of the feature whose value hashed to <paramref name="state"/>, under <paramref name="template"/>.</summary>
    public static ulong Finish(ulong state, char template) => Step(state, template);

    /// <summary>The written form of a feature, as a model file lists it.</summary>
    public static string Written(char template, ReadOnlySpan<char> first, ReadOnlySpan<char> second, bool pair) =>
        pair
            ? string.Concat($"{template}=", first.ToString().ToLowerInvariant(), "|", second.ToString().ToLowerInvariant())
            : string.Concat($"{template}=", first.ToString().ToLowerInvariant());

    private static ulong Raw(ulong state, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            state = Step(state, c);
        }

        return state;
    }

    private static ulong Step(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>Lower-cases as <see cref="char.ToLowerInvariant(char)"/> does, with a fast path for ASCII.</summary>
    private static char Lower(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
}
