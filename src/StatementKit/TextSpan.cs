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
/// <param name="Start">Index of the first character in <see cref="ArticleAnalysis.Text"/>.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The characters themselves.</param>
public sealed record TextExcerpt(int Start, int Length, string Text)
{
    /// <summary>The position as a <see cref="TextSpan"/>.</summary>
    public TextSpan Span => new(Start, Length);

    internal static TextExcerpt From(string text, TextSpan span) => new(span.Start, span.Length, text.Substring(span.Start, span.Length));
}
