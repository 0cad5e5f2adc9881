using System.Globalization;

namespace StatementKit.Neural.Tokenization;

/// <summary>
/// BERT's character classes, as tools/training/wordpiece.py defines them (the model was trained on that
/// tokenisation, so the two must agree rule for rule).
/// </summary>
internal static class CharacterClasses
{
    /// <summary>White space or a control character: separates words and belongs to none.</summary>
    public static bool IsSeparator(char c)
    {
        if (c is ' ' or '\t' or '\n' or '\r')
        {
            return true;
        }

        if (c < 0x80)
        {
            return c < ' ' || c == '\x7f';
        }

        if (c == '\uFFFD')
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.SpaceSeparator or UnicodeCategory.Control or UnicodeCategory.Format;
    }

    /// <summary>A character that is a word of its own: punctuation, ASCII symbols, CJK ideographs.</summary>
    public static bool IsStandalone(char c)
    {
        if (c < 0x80)
        {
            return c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');
        }

        if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF'))
        {
            return true;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
    }
}
