namespace StatementKit.Text;

/// <summary>
/// Splits text into words, numbers and punctuation in one linear pass. A word keeps inner apostrophes, hyphens and
/// abbreviation dots ("shouldn’t", "Holm-Vik", "U.S"), so the quote and speech scanners never see them as marks.
/// </summary>
internal static class Tokenizer
{
    /// <summary>The tokens of <paramref name="range"/>.</summary>
    public static List<Token> Tokenize(string text, TextSpan range)
    {
        var tokens = new Token[Math.Max(4, range.Length / 4)];
        var count = 0;
        Tokenize(text, range, ref tokens, ref count);
        return [.. tokens.AsSpan(0, count)];
    }

    /// <summary>
    /// Appends the tokens of <paramref name="range"/> to <paramref name="tokens"/>[..<paramref name="count"/>], growing the
    /// array when full: a document's tokens go into one array without a list per paragraph.
    /// </summary>
    public static void Tokenize(string text, TextSpan range, ref Token[] tokens, ref int count)
    {
        var i = range.Start;
        var end = range.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '\u200B' || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (Characters.IsWordChar(c))
            {
                var start = i;
                var allDigits = true;
                while (i < end)
                {
                    var ch = text[i];
                    if (Characters.IsWordChar(ch))
                    {
                        allDigits &= char.IsDigit(ch);
                        i++;
                    }
                    else if (IsInnerJoiner(text, i, end, ch))
                    {
                        allDigits = false;
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                Add(ref tokens, ref count, new Token(start, i - start, allDigits ? TokenKind.Number : TokenKind.Word));
                continue;
            }

            // Surrogate pairs and other symbols: one token per UTF-16 unit keeps the pass simple and linear.
            Add(ref tokens, ref count, new Token(i, 1, TokenKind.Punctuation));
            i++;
        }
    }

    private static void Add(ref Token[] tokens, ref int count, Token token)
    {
        if (count == tokens.Length)
        {
            Array.Resize(ref tokens, Math.Max(16, tokens.Length * 2));
        }

        tokens[count++] = token;
    }

    /// <summary>An apostrophe, hyphen or dot between two word characters belongs to the word.</summary>
    private static bool IsInnerJoiner(string text, int i, int end, char c)
    {
        if (i + 1 >= end || !Characters.IsWordChar(text[i + 1]) || i == 0 || !Characters.IsWordChar(text[i - 1]))
        {
            return false;
        }

        return c switch
        {
            '\'' or '’' or 'ʼ' or '-' or '‐' or '&' => true,
            // "U.S", "e.g": a dot joins only single letters, so sentence ends like "end.Next" stay split.
            '.' => char.IsLetter(text[i - 1]) && (i < 2 || !Characters.IsWordChar(text[i - 2]) || text[i - 2] == '.'),
            _ => false,
        };
    }
}
