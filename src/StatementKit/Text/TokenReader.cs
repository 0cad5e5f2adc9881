namespace StatementKit.Text;

/// <summary>
/// Read access to the tokens of a text, with the comparisons the scanners need. The tokens are read from an array, not
/// through the list interface: every scanner reads every token several times, and an array read is inlined.
/// </summary>
internal readonly struct TokenReader
{
    private readonly Token[] array;

    public TokenReader(string text, IReadOnlyList<Token> tokens)
    {
        Text = text;
        Tokens = tokens;
        (array, Count) = tokens switch
        {
            Token[] whole => (whole, whole.Length),
            ArraySegment<Token> { Offset: 0, Array: { } start } segment => (start, segment.Count),
            _ => ([.. tokens], tokens.Count),
        };
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public int Count { get; }

    public Token this[int index] => (uint)index < (uint)Count ? array[index] : OutOfRange(index);

    public ReadOnlySpan<char> Chars(int index)
    {
        var token = this[index];
        return Text.AsSpan(token.Start, token.Length);
    }

    public string Word(int index)
    {
        var token = this[index];
        return Text.Substring(token.Start, token.Length);
    }

    public bool Is(int index, string word) =>
        (uint)index < (uint)Count && array[index].Length == word.Length && Chars(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsChar(int index, char c) => (uint)index < (uint)Count && array[index].IsPunctuation && Text[array[index].Start] == c;

    public bool IsPunctuation(int index) => (uint)index < (uint)Count && array[index].IsPunctuation;

    /// <summary>Whether the token is a dash ("–", "—", "―"), not a hyphen.</summary>
    public bool IsDash(int index) => IsPunctuation(index) && Characters.IsDash(Text[array[index].Start]);

    public bool IsCapitalised(int index) => (uint)index < (uint)Count && array[index].IsWord && char.IsUpper(Text[array[index].Start]);

    public bool IsLowerWord(int index) => (uint)index < (uint)Count && array[index].IsWord && char.IsLower(Text[array[index].Start]);

    public bool IsAllCaps(int index)
    {
        if (!IsCapitalised(index) || array[index].Length < 2)
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
        for (var i = this[left].End; i < this[right].Start; i++)
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
    public TextSpan Span(int first, int last) => TextSpan.FromBounds(this[first].Start, this[last].End);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static Token OutOfRange(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, "No token at this index.");
}
