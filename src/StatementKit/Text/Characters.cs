namespace StatementKit.Text;

/// <summary>Character classes shared by the scanners.</summary>
internal static class Characters
{
    public static bool IsApostropheLike(char c) => c is '\'' or '’' or 'ʼ';

    public static bool IsDash(char c) => c is '–' or '—' or '―';

    /// <summary>Whether the text holds an opening or double quotation mark (apostrophes do not count).</summary>
    public static bool HasQuotation(ReadOnlySpan<char> text) => text.IndexOfAny("\"“”«»„‘") >= 0;

    public static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '‘' or '’' or '\'' or '«' or '»' or '„' or '‚' or '‹' or '›';

    /// <summary>
    /// Letters, digits and combining marks, and the invisible characters that by definition do not break a word: the soft
    /// hyphen, the zero-width joiners and the word joiner ("Pu\u00ADtin" is one word). A zero-width space is a word break.
    /// </summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || InvisibleInWord.Contains(c) || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>The invisible characters a word may hold: soft hyphen, zero-width non-joiner and joiner, word joiner, and U+FEFF.</summary>
    public static readonly System.Buffers.SearchValues<char> InvisibleInWord = System.Buffers.SearchValues.Create("\u00AD\u200C\u200D\u2060\uFEFF");

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>Space that does not end a paragraph.</summary>
    public static bool IsInlineSpace(char c) => !IsLineBreak(c) && (char.IsWhiteSpace(c) || c == '\u200B');

    public static bool IsSentenceTerminal(char c) => c is '.' or '?' or '!' or '…';

    public static bool IsUpperStart(string text, int index) => index < text.Length && char.IsUpper(text[index]);
}
