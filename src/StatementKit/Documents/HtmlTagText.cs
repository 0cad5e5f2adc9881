namespace StatementKit.Documents;

/// <summary>
/// Lexing for the pre-scan: where a tag ends (quoted attribute values skipped), where a markup declaration or a
/// raw-text element's content ends, the tag name as one shared lower-case string, JSON-LD scripts.
/// </summary>
internal static class HtmlTagText
{
    /// <summary>The tag name in lower case, one string per distinct name (a page repeats a few dozen names).</summary>
    public static string Name(ReadOnlySpan<char> raw, Dictionary<string, string> names)
    {
        Span<char> lower = stackalloc char[Math.Min(raw.Length, 64)];
        var length = raw[..lower.Length].ToLowerInvariant(lower);
        var key = lower[..length];
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var name))
        {
            return name;
        }

        name = key.ToString();
        if (names.Count < 4096)
        {
            names[name] = name;
        }

        return name;
    }

    /// <summary>A self-closing slash means nothing on HTML elements that hold content; only void and foreign elements close.</summary>
    public static bool IsHtmlContainer(string name) => name is not ("svg" or "math" or "path" or "circle" or "rect" or "line" or "use" or "g");

    /// <summary>The position after the tag's closing '&gt;', skipping quoted attribute values.</summary>
    public static int FindTagEnd(string html, int position)
    {
        var afterEquals = false;
        for (var i = position; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (afterEquals && c is '"' or '\'')
            {
                var close = html.IndexOf(c, i + 1);
                if (close < 0)
                {
                    return html.Length;
                }

                i = close;
                afterEquals = false;
                continue;
            }

            if (c == '=')
            {
                afterEquals = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                afterEquals = false;
            }
        }

        return html.Length;
    }

    public static int SkipMarkupDeclaration(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        var close = html.IndexOf('>', lt + 2);
        return close < 0 ? html.Length : close + 1;
    }

    public static bool IsJsonLd(string html, int tagStart, int tagEnd) =>
        html.AsSpan(tagStart, tagEnd - tagStart).IndexOf("ld+json", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Where a raw-text element's content ends: at its end tag, or at the end of the page.</summary>
    public static int RawTextEnd(string html, int position, string name)
    {
        if (name == "plaintext")
        {
            return html.Length;
        }

        for (var at = html.IndexOf("</", position, StringComparison.Ordinal); at >= 0; at = html.IndexOf("</", at + 2, StringComparison.Ordinal))
        {
            if (at + 2 + name.Length <= html.Length && html.AsSpan(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }
        }

        return html.Length;
    }
}
