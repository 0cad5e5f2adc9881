namespace StatementKit.Text;

/// <summary>Read access to the tokens of a text, with the comparisons the scanners need.</summary>
internal readonly struct TokenReader
{
    public TokenReader(string text, IReadOnlyList<Token> tokens)
    {
        Text = text;
        Tokens = tokens;
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public int Count => Tokens.Count;

    public Token this[int index] => Tokens[index];

    public ReadOnlySpan<char> Chars(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].Length);

    public string Word(int index) => Text.Substring(Tokens[index].Start, Tokens[index].Length);

    public bool Is(int index, string word) =>
        index >= 0 && index < Tokens.Count && Chars(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsChar(int index, char c) => index >= 0 && index < Tokens.Count && Tokens[index].IsPunctuation && Text[Tokens[index].Start] == c;

    public bool IsPunctuation(int index) => index >= 0 && index < Tokens.Count && Tokens[index].IsPunctuation;

    /// <summary>Whether the token is a dash ("–", "—", "―"), not a hyphen.</summary>
    public bool IsDash(int index) => IsPunctuation(index) && Characters.IsDash(Text[Tokens[index].Start]);

    public bool IsCapitalised(int index) => index >= 0 && index < Tokens.Count && Tokens[index].IsWord && char.IsUpper(Text[Tokens[index].Start]);

    public bool IsLowerWord(int index) => index >= 0 && index < Tokens.Count && Tokens[index].IsWord && char.IsLower(Text[Tokens[index].Start]);

    public bool IsAllCaps(int index)
    {
        if (!IsCapitalised(index) || Tokens[index].Length < 2)
        {
            return false;
        }

        foreach (var c in Chars(index))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a line or paragraph break lies between two tokens.</summary>
    public bool BreakBetween(int left, int right)
    {
        for (var i = Tokens[left].End; i < Tokens[right].Start; i++)
        {
            if (Characters.IsLineBreak(Text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Index of the ')' closing the '(' at <paramref name="open"/> within <paramref name="maxTokens"/> tokens, before <paramref name="limit"/>; -1 if none.</summary>
    public int ClosingParenthesis(int open, int limit, int maxTokens)
    {
        for (var k = open + 1; k < limit && k <= open + maxTokens; k++)
        {
            if (IsChar(k, ')'))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Span from the start of one token to the end of another (inclusive).</summary>
    public TextSpan Span(int first, int last) => TextSpan.FromBounds(Tokens[first].Start, Tokens[last].End);
}
