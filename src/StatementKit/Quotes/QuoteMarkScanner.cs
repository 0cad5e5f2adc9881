using StatementKit.Text;

namespace StatementKit.Quotes;

/// <summary>A quotation found by the mark scanner, before it is classified.</summary>
/// <param name="Span">From the opening mark to the closing mark (inclusive), or to the paragraph end when unclosed.</param>
/// <param name="Content">The words between the marks.</param>
/// <param name="Depth">0 for a top-level quote, 1 for a quote inside it, and so on.</param>
/// <param name="Closed">Whether a closing mark was found (false for a quote recovered at a paragraph end).</param>
internal sealed record RawQuote(TextSpan Span, TextSpan Content, int Depth, bool Closed);

/// <summary>
/// Pairs quotation marks by the allowed opener/closer pairs of each typographic family (“…”, "…", ‘…’, '…', «…»,
/// »…«, „…“, ‚…‘), never by counting. Apostrophes inside and at the end of words are told apart from single quotes
/// by their neighbours. Quotes that run over paragraphs with the opener repeated on each paragraph are joined.
/// Unbalanced marks are recovered within their paragraph, so a stray mark never swallows the rest of the article.
/// One pass, linear in the length of the text.
/// </summary>
internal static class QuoteMarkScanner
{
    private const int MaxDepth = 4;

    private sealed class OpenQuote(int position, char mark, int paragraph, int length)
    {
        public int Position { get; } = position;

        /// <summary>1, or 2 for a doubled apostrophe ('') standing for a double quote.</summary>
        public int Length { get; } = length;

        public char Mark { get; } = mark;

        public int Paragraph { get; } = paragraph;

        public List<int> Children { get; } = [];
    }

    public static List<RawQuote> Scan(string text, IReadOnlyList<TextSpan> paragraphs, CancellationToken cancellationToken)
    {
        var results = new List<RawQuote>();
        var stack = new List<OpenQuote>(MaxDepth);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if ((p & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var paragraph = paragraphs[p];
            var start = paragraph.Start;
            // A continued multi-paragraph quote repeats its opener at the start of the next paragraph: skip it.
            if (stack.Count == 1 && stack[0].Paragraph < p && IsSameFamilyOpener(stack[0].Mark, MarkAt(text, start, paragraph.End, out var skip)))
            {
                start += skip;
            }

            for (var i = start; i < paragraph.End; i++)
            {
                if (!Characters.IsQuoteMark(text[i]))
                {
                    continue;
                }

                var c = MarkAt(text, i, paragraph.End, out var length);
                Step(text, paragraph, i, c, length, p, stack, results);
                i += length - 1;
            }

            if (stack.Count > 0 && !ContinuesInNextParagraph(text, paragraphs, p, stack))
            {
                Recover(text, paragraph, stack, results);
            }
            else if (stack.Count > 1)
            {
                // Only the outermost quote may continue; inner unclosed marks were not quotes.
                stack.RemoveRange(1, stack.Count - 1);
            }
        }

        results.Sort((a, b) => a.Span.CompareTo(b.Span));
        return results;
    }

    /// <summary>The mark at a position: a doubled apostrophe ('') reads as one straight double quote, as some wires write it.</summary>
    private static char MarkAt(string text, int i, int end, out int length)
    {
        if (text[i] == '\'' && i + 1 < end && text[i + 1] == '\'')
        {
            length = 2;
            return '"';
        }

        length = 1;
        return text[i];
    }

    private static void Step(string text, TextSpan paragraph, int i, char c, int length, int p, List<OpenQuote> stack, List<RawQuote> results)
    {
        var before = i > paragraph.Start ? text[i - 1] : ' ';
        var after = i + length < paragraph.End ? text[i + length] : ' ';
        // French guillemets are spaced inside: « comme ceci ».
        var spacedInside = c is '«' or '»';
        var openingPosition = IsOpeningContext(before) && (!char.IsWhiteSpace(after) || spacedInside);
        var closingPosition = (!char.IsWhiteSpace(before) || spacedInside) && IsClosingContext(after);

        if (Characters.IsApostropheLike(c) && Characters.IsWordChar(before) && Characters.IsWordChar(after))
        {
            return; // shouldn’t, d’Enric
        }

        // A straight mark between spaces (",' " Reeves wrote") can only close a quote that is open.
        if (c == '"' && char.IsWhiteSpace(before) && char.IsWhiteSpace(after) && stack.Count > 0)
        {
            closingPosition = true;
        }

        var match = FindOpenerFor(c, stack, closingPosition, openingPosition);
        if (match >= 0)
        {
            Close(text, stack, match, i, length, results);
            return;
        }

        if (openingPosition && IsOpener(c, after) && stack.Count < MaxDepth)
        {
            stack.Add(new OpenQuote(i, c, p, length));
        }
    }

    private static bool IsOpener(char c, char after) => c switch
    {
        '“' or '"' or '„' or '«' or '»' or '‹' or '›' or '‘' or '”' => true,
        '\'' or '’' or '‚' => Characters.IsWordChar(after) || after is '"' or '“',
        _ => false,
    };

    /// <summary>Index in the stack of the opener that <paramref name="closer"/> closes, or -1.</summary>
    private static int FindOpenerFor(char closer, List<OpenQuote> stack, bool closingPosition, bool openingPosition)
    {
        for (var k = stack.Count - 1; k >= 0; k--)
        {
            var opener = stack[k].Mark;
            if (!Closes(opener, closer))
            {
                continue;
            }

            // A symmetric mark in an opening position opens a nested quote rather than closing this one.
            var symmetric = closer is '"' or '\'' or '’' or '”' && opener == closer || closer is '"' or '\'' && opener is '“' or '‘';
            if (symmetric && (!closingPosition || openingPosition))
            {
                return -1;
            }

            if (closer is '’' or '\'' && !closingPosition)
            {
                return -1;
            }

            return k;
        }

        return -1;
    }

    private static bool Closes(char opener, char closer) => opener switch
    {
        '“' => closer is '”' or '"',
        '"' => closer is '"' or '”' or '“',
        '‘' => closer is '’' or '\'',
        '\'' => closer is '\'' or '’',
        '’' => closer is '’',
        '«' => closer is '»',
        '»' => closer is '«',
        '‹' => closer is '›',
        '›' => closer is '‹',
        '„' => closer is '“' or '”' or '"',
        '‚' => closer is '‘' or '’',
        '”' => closer is '”',
        _ => false,
    };

    private static bool IsSameFamilyOpener(char opener, char c) => c == opener
        || opener is '“' or '"' or '„' && c is '“' or '"' or '„'
        || opener is '«' && c == '«' || opener is '»' && c == '»';

    private static bool IsOpeningContext(char before) =>
        char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':' or '“' or '"' or '‘' or '«' or '»' or '„';

    private static bool IsClosingContext(char after) =>
        char.IsWhiteSpace(after) || char.IsPunctuation(after) || char.IsSymbol(after);

    private static void Close(string text, List<OpenQuote> stack, int k, int closeAt, int closeLength, List<RawQuote> results)
    {
        var open = stack[k];
        stack.RemoveRange(k, stack.Count - k); // inner openers never closed were not quotes
        var span = TextSpan.FromBounds(open.Position, closeAt + closeLength);
        var content = Trim(text, TextSpan.FromBounds(open.Position + open.Length, closeAt));
        if (content.Length == 0 || IsSingleFamily(open.Mark) && content.Length <= 2)
        {
            return; // rock 'n' roll
        }

        results.Add(new RawQuote(span, content, k, Closed: true));
        if (k > 0)
        {
            stack[k - 1].Children.Add(results.Count - 1);
        }
    }

    private static bool ContinuesInNextParagraph(string text, IReadOnlyList<TextSpan> paragraphs, int p, List<OpenQuote> stack)
    {
        if (p + 1 >= paragraphs.Count || !IsDoubleFamily(stack[0].Mark))
        {
            return false;
        }

        var next = paragraphs[p + 1];
        var mark = MarkAt(text, next.Start, next.End, out var length);
        return IsSameFamilyOpener(stack[0].Mark, mark) && next.Length > length && !char.IsWhiteSpace(text[next.Start + length]);
    }

    private static bool IsSingleFamily(char mark) => mark is '‘' or '\'' or '’' or '‚' or '‹' or '›';

    private static bool IsDoubleFamily(char mark) => mark is '“' or '"' or '„' or '«' or '»' or '”';

    /// <summary>
    /// An opener left unclosed at a paragraph end. When it holds complete inner quotes and one of them starts a new
    /// sentence, the writer most likely closed the outer quote with the inner quote's closing mark ("… Russia". "That's
    /// …"): close it there and lift the later inner quotes to the top. Otherwise a double quote runs to the paragraph
    /// end with low confidence and single marks are dropped (they are more often apostrophes).
    /// </summary>
    private static void Recover(string text, TextSpan paragraph, List<OpenQuote> stack, List<RawQuote> results)
    {
        var outer = stack[0];
        stack.Clear();
        var children = outer.Children;
        for (var c = 1; c < children.Count; c++)
        {
            var child = results[children[c]];
            var previous = results[children[c - 1]];
            if (!StartsNewSentence(text, child.Span.Start, previous.Span.End))
            {
                continue;
            }

            results.Add(new RawQuote(TextSpan.FromBounds(outer.Position, previous.Span.End),
                Trim(text, TextSpan.FromBounds(outer.Position + outer.Length, previous.Content.End)), 0, Closed: true));
            for (var later = c; later < children.Count; later++)
            {
                var lifted = results[children[later]];
                results[children[later]] = lifted with { Depth = lifted.Depth - 1 };
            }

            return;
        }

        if (!IsDoubleFamily(outer.Mark))
        {
            return;
        }

        var content = Trim(text, TextSpan.FromBounds(Math.Min(outer.Position + outer.Length, paragraph.End), paragraph.End));
        if (content.Length > 0)
        {
            results.Add(new RawQuote(TextSpan.FromBounds(outer.Position, paragraph.End), content, 0, Closed: false));
        }
    }

    /// <summary>Whether only spaces and sentence-ending punctuation stand between the previous quote's end and a mark.</summary>
    private static bool StartsNewSentence(string text, int mark, int previousEnd)
    {
        var sawTerminal = false;
        for (var i = mark - 1; i >= previousEnd; i--)
        {
            var c = text[i];
            if (Characters.IsSentenceTerminal(c))
            {
                sawTerminal = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        // The terminal may stand inside the previous quote, before its closing mark ("… Russia." "That's").
        return sawTerminal || previousEnd >= 2 && Characters.IsSentenceTerminal(text[previousEnd - 2]);
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
