namespace StatementKit.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A word, number or single punctuation character of the analysed text.</summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsPunctuation => Kind == TokenKind.Punctuation;
}
