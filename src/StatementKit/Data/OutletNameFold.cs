namespace StatementKit.Data;

/// <summary>
/// The spelling key under which outlet names are compared: case, diacritics, hyphens, dots and possessive endings
/// ignored, and the usual transliteration variants of the same letters made equal ("Pervyy", "Pervyi" and "Perviy";
/// "Izvestiya" and "Izvestia"; "Agência" and "Agencia"). The catalog folds its aliases and the recogniser folds the text
/// the same way, so no variant needs a row of its own.
/// </summary>
internal static class OutletNameFold
{
    private static readonly (string Letters, char Plain)[] Accented =
    [
        ("àáâãäåāăą", 'a'), ("çćĉċč", 'c'), ("ďđ", 'd'), ("èéêëēĕėęě", 'e'), ("ĝğġģ", 'g'), ("ĥħ", 'h'), ("ìíîïĩīĭįı", 'i'),
        ("ĵ", 'j'), ("ķ", 'k'), ("ĺļľŀł", 'l'), ("ñńņňŉ", 'n'), ("òóôõöøōŏő", 'o'), ("ŕŗř", 'r'), ("śŝşšș", 's'), ("ţťŧț", 't'),
        ("ùúûüũūŭůűų", 'u'), ("ŵ", 'w'), ("ýÿŷ", 'i'), ("źżž", 'z'),
    ];

    /// <summary>The folded words of <paramref name="text"/>, joined by single spaces.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new FoldedName(text.Length);
        foreach (var range in text.Split(' '))
        {
            // Word by word, as the recogniser reads tokens: "People's Daily" is "people daily" both ways.
            AppendFolded(builder, text[range]);
        }

        return builder.ToString();
    }

    /// <summary>Appends the folded form of one token (a word, or a name part joined by hyphens or dots).</summary>
    public static void AppendFolded(FoldedName builder, ReadOnlySpan<char> token)
    {
        token = WithoutPossessive(token);
        var wordStart = true;
        foreach (var raw in token)
        {
            if (!char.IsLetterOrDigit(raw))
            {
                // "RIA-Novosti", "ria.ru", "People's": joiners separate words; apostrophes vanish.
                if (raw is '\'' or '’' or 'ʼ')
                {
                    continue;
                }

                wordStart = true;
                continue;
            }

            if (wordStart && builder.Length > 0 && builder.Last != ' ')
            {
                builder.Append(' ');
            }

            wordStart = false;
            AppendLetter(builder, raw);
        }
    }

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> token)
    {
        if (token.Length > 2 && token[^1] is 's' && token[^2] is '\'' or '’')
        {
            return token[..^2];
        }

        return token.Length > 1 && token[^1] is '\'' or '’' ? token[..^1] : token;
    }

    private static void AppendLetter(FoldedName builder, char raw)
    {
        var c = char.ToLowerInvariant(raw);
        if (c > '\u007f')
        {
            // A table, not Unicode normalisation: the library runs with invariant globalization, where that is a no-op.
            foreach (var (letters, plain) in Accented)
            {
                if (letters.Contains(c, StringComparison.Ordinal))
                {
                    c = plain;
                    break;
                }
            }
        }

        // Transliteration: y, iy, yy and ii all write one Cyrillic и/й/ы; kh and h one х.
        if (c == 'y')
        {
            c = 'i';
        }

        if (builder.Length > 0)
        {
            var previous = builder.Last;
            if (c == 'i' && previous == 'i' || c == 'h' && previous == 'k')
            {
                if (c == 'h')
                {
                    builder.Last = 'h';
                }

                return;
            }
        }

        builder.Append(c);
    }
}

/// <summary>
/// The folded words of a name as they are built, in a reusable buffer: the recogniser folds every capitalised word of
/// an article and looks the result up as a span, so no string is made per word.
/// </summary>
internal sealed class FoldedName
{
    private char[] chars;

    public FoldedName(int capacity = 64) => chars = new char[Math.Max(16, capacity)];

    public int Length { get; private set; }

    /// <summary>The last character (the buffer must not be empty).</summary>
    public char Last
    {
        get => chars[Length - 1];
        set => chars[Length - 1] = value;
    }

    public ReadOnlySpan<char> Span => chars.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(char c)
    {
        if (Length == chars.Length)
        {
            Array.Resize(ref chars, chars.Length * 2);
        }

        chars[Length++] = c;
    }

    public override string ToString() => new(Span);
}
