namespace StatementKit.Text;

/// <summary>What a <see cref="Token"/> is.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, with apostrophes and hyphens inside ("don't", "state-run").</summary>
    Word,

    /// <summary>Digits, with separators inside ("1,200", "3.5").</summary>
    Number,

    /// <summary>One punctuation or symbol character.</summary>
    Punctuation,
}

/// <summary>
/// A word, number or single punctuation character of the analysed text. Eight bytes (the kind shares a word with the
/// length, which a .NET string bounds below 2^30), since a document holds one token for every four or five characters.
/// </summary>
public readonly record struct Token
{
    private const int KindBits = 2;
    private readonly int start;
    private readonly int lengthAndKind;

    /// <summary>A token of <paramref name="length"/> characters at <paramref name="start"/>.</summary>
    public Token(int start, int length, TokenKind kind)
    {
        this.start = start;
        lengthAndKind = length << KindBits | (int)kind;
    }

    /// <summary>Offset of the first character in the analysed text.</summary>
    public int Start => start;

    /// <summary>Number of characters.</summary>
    public int Length => lengthAndKind >>> KindBits;

    /// <summary>Word, number or punctuation.</summary>
    public TokenKind Kind => (TokenKind)(lengthAndKind & ((1 << KindBits) - 1));

    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The characters, as a span.</summary>
    public TextSpan Span => new(Start, Length);

    /// <summary>Whether it is a word.</summary>
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Whether it is punctuation.</summary>
    public bool IsPunctuation => Kind == TokenKind.Punctuation;
}
