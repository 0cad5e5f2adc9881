namespace StatementKit.Documents;

/// <summary>
/// Turns what a page offers as its byline into the author's name, or rejects it: pages give the word "By", dates and
/// times beside the name, a dateline (<c>CAIRO —</c>) or their own name where the author belongs. General rules, not
/// per site: names hold no digits, a dateline ends in a dash, and the site is not its own author.
/// </summary>
internal static class BylineText
{
    private static readonly string[] Separators = [" - ", " – ", " — ", " | ", " · ", " • ", "\n"];

    /// <summary>The author's name in <paramref name="candidate"/>, or null when it holds none.</summary>
    /// <param name="candidate">A byline as the page gives it.</param>
    /// <param name="siteName">The page's site name, which is never its byline.</param>
    public static string? Clean(string? candidate, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(candidate))
        {
            return null;
        }

        var text = string.Join(' ', candidate.Split([' ', '\t', '\r', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)).Trim();

        // "CAIRO —" opens the article's first paragraph: a dateline, not an author.
        if (text.Length > 0 && text[^1] is '-' or '–' or '—')
        {
            return null;
        }

        text = WithoutByWord(text);

        // "Dan Goodin - Apr 16, 2015 8:02 pm UTC": the name is the part without digits.
        var parts = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        text = parts.FirstOrDefault(p => p.Any(char.IsLetter) && !p.Any(char.IsDigit)) ?? (parts.Length > 0 ? parts[0] : "");

        // "Lucas Nolan22 Dec 2016": a date run into the name with no space; the name ends where the digits start.
        var digit = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit > 0 && char.IsLetter(text[digit - 1]))
        {
            text = text[..digit];
        }

        text = text.Trim().TrimEnd(',', ';', ':', '-', '–', '—', '|', '·').Trim();

        // Names hold no digits: what still has them is a date or a time ("21.dez.2018 às 10h55").
        if (text.Length == 0 || !text.Any(char.IsLetter) || text.Any(char.IsDigit))
        {
            return null;
        }

        return siteName is not null && string.Equals(Fold(text), Fold(siteName), StringComparison.Ordinal) ? null : text;
    }

    /// <summary>"By Joshua Sokol", "by: Anna Berg" without the byline word.</summary>
    private static string WithoutByWord(string text)
    {
        if (text.Length > 3 && text.StartsWith("by", StringComparison.OrdinalIgnoreCase) && (text[2] == ' ' || text[2] == ':'))
        {
            return text[3..].TrimStart(' ', ':');
        }

        return text;
    }

    private static string Fold(string name) =>
        new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
