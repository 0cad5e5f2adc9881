namespace StatementKit.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>
/// A word, number or single punctuation character of the analysed text. Eight bytes (the kind shares a word with the
/// length, which a .NET string bounds below 2^30), since a document holds one token for every four or five characters.
/// </summary>
internal readonly record struct Token
{
    private const int KindBits = 2;
    private readonly int start;
    private readonly int lengthAndKind;

    public Token(int start, int length, TokenKind kind)
    {
        this.start = start;
        lengthAndKind = length << KindBits | (int)kind;
    }

    public int Start => start;

    public int Length => lengthAndKind >>> KindBits;

    public TokenKind Kind => (TokenKind)(lengthAndKind & ((1 << KindBits) - 1));

    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsPunctuation => Kind == TokenKind.Punctuation;
}
