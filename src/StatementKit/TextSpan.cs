namespace StatementKit;

/// <summary>A range of UTF-16 characters in the analysed text: <see cref="Start"/> and <see cref="Length"/>.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    /// <summary>Index one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span covers no character.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from a start and an exclusive end.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether <paramref name="position"/> lies inside the span.</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>Whether <paramref name="other"/> lies wholly inside the span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <inheritdoc />
    public int CompareTo(TextSpan other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    /// <summary>Orders spans by start, then by length.</summary>
    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;

    /// <summary>Orders spans by start, then by length.</summary>
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;

    /// <summary>Orders spans by start, then by length.</summary>
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;

    /// <summary>Orders spans by start, then by length.</summary>
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;
}

/// <summary>A piece of the analysed text with its position, ready to highlight in a user interface.</summary>
/// <remarks>
/// The excerpts of an analysis cut their <see cref="Text"/> from the analysed text when it is first read, not when the
/// analysis is built: a caller that reads positions only (or serialises a few statements) no longer pays for a copy of
/// every statement, mention and piece of evidence. Equality, hashing, printing and deconstruction read
/// <see cref="Start"/>, <see cref="Length"/> and <see cref="Text"/>, as they did when the text was stored.
/// </remarks>
public sealed record TextExcerpt
{
    private readonly int start;
    private readonly int length;

    /// <summary>The analysed text <see cref="Text"/> is cut from on first reading; null when the text was given.</summary>
    private readonly string? source;
    private string? text;

    /// <summary>A piece of text at a position.</summary>
    /// <param name="Start">Index of the first character in <see cref="ArticleAnalysis.Text"/>.</param>
    /// <param name="Length">Number of characters.</param>
    /// <param name="Text">The characters themselves.</param>
#pragma warning disable CA1725, IDE1006 // the parameter names are those of the positional record this type was
    public TextExcerpt(int Start, int Length, string Text)
#pragma warning restore CA1725, IDE1006
    {
        start = Start;
        length = Length;
        text = Text;
    }

    private TextExcerpt(string source, TextSpan span)
    {
        start = span.Start;
        length = span.Length;
        this.source = source;
    }

    /// <summary>Index of the first character in <see cref="ArticleAnalysis.Text"/>.</summary>
    public int Start
    {
        get => start;
        init
        {
            Cut(); // a copy made with a new position keeps the characters of the old one, as a stored text did
            start = value;
        }
    }

    /// <summary>Number of characters.</summary>
    public int Length
    {
        get => length;
        init
        {
            Cut();
            length = value;
        }
    }

    /// <summary>The characters themselves.</summary>
    public string Text
    {
        get => text ?? Cut();
        init => text = value;
    }

    /// <summary>The position as a <see cref="TextSpan"/>.</summary>
    public TextSpan Span => new(Start, Length);

    /// <summary>Deconstructs the excerpt into its position and characters.</summary>
#pragma warning disable CA1725, IDE1006
    public void Deconstruct(out int Start, out int Length, out string Text)
#pragma warning restore CA1725, IDE1006
    {
        Start = start;
        Length = length;
        Text = this.Text;
    }

    /// <inheritdoc />
    public bool Equals(TextExcerpt? other) =>
        ReferenceEquals(this, other) || (other is not null && start == other.start && length == other.length && string.Equals(Text, other.Text, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(start, length, string.GetHashCode(Text, StringComparison.Ordinal));

    /// <summary>An excerpt whose characters are cut from <paramref name="text"/> when first read.</summary>
    internal static TextExcerpt From(string text, TextSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)span.End, (uint)text.Length, nameof(span));
        ArgumentOutOfRangeException.ThrowIfNegative(span.Start, nameof(span));
        return new TextExcerpt(text, span);
    }

    /// <summary>
    /// Cuts the characters from the source, once. Two threads reading a fresh excerpt at once may both cut, and one
    /// string wins: both are the same characters, so readers cannot tell (the source is never cleared, so a thread that
    /// does not yet see the other's string cuts its own).
    /// </summary>
    private string Cut() => text ??= source?.Substring(start, length)!;
}
