using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>How person and organisation names are written and compared: one line, no possessive, given names and initials.</summary>
internal static class PersonNames
{
    /// <summary>The name as written, on one line, less a possessive ending ("Anna K. Berg’s" is "Anna K. Berg").</summary>
    public static string Written(string text, TextSpan span)
    {
        // Nearly every name is written on one line with single spaces and nothing invisible: then it is copied once, as
        // it stands, instead of split into words and joined again (three strings and an array per mention).
        var chars = text.AsSpan(span.Start, span.Length);
        if (IsSingleSpaced(chars) && !chars.ContainsAny(Characters.InvisibleInWord))
        {
            return new string(WordClasses.HasPossessiveEnding(chars) ? chars[..^2] : chars);
        }

        // A soft hyphen or joiner a page set inside a name ("Lund\u00ADqvist", one word to the tokenizer) is no part of the
        // name: folded out of the name given, while the mention's offsets still cover the text as written.
        var visible = string.Concat(text.AsSpan(span.Start, span.Length).ToString().Where(c => !Characters.InvisibleInWord.Contains(c)));
        var name = string.Join(' ', visible.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return WordClasses.HasPossessiveEnding(name) ? name[..^2] : name;
    }

    /// <summary>Whether the only white space is single spaces between words: splitting and joining would give the same.</summary>
    private static bool IsSingleSpaced(ReadOnlySpan<char> chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsWhiteSpace(chars[i])
                && (chars[i] != ' ' || i == 0 || i == chars.Length - 1 || char.IsWhiteSpace(chars[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"García Márquez" ends "Gabriel García Márquez": a double surname written without the given name.</summary>
    public static bool IsSuffix(IReadOnlyList<string> shorter, IReadOnlyList<string> longer)
    {
        if (shorter.Count >= longer.Count)
        {
            return false;
        }

        for (var k = 1; k <= shorter.Count; k++)
        {
            if (!string.Equals(shorter[^k], longer[^k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The same given name, or an initial of it ("Donald", "D").</summary>
    public static bool SameGivenName(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal)
        || (a.Length == 1 || b.Length == 1) && a.Length > 0 && b.Length > 0 && a[0] == b[0];

    /// <summary>The key an organisation or group is known by: its name less a leading "the".</summary>
    public static string OrganisationKey(string name)
    {
        var trimmed = name.Trim();
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed;
    }
}
