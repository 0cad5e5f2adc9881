using System.Text;

namespace StatementKit.Cli.Reports;

/// <summary>
/// Makes untrusted text safe to print on a terminal. Article text, titles and file names may hold control characters
/// (an escape sequence can move the cursor, rewrite the screen or change the window title) and bidirectional overrides
/// (which reorder what is shown): each is replaced by a visible stand-in, so what is printed is what is there.
/// </summary>
internal static class TerminalText
{
    public static string Clean(string text)
    {
        var index = text.AsSpan().IndexOfAnyInRange('\0', '\x1F');
        if (index < 0 && !text.AsSpan().ContainsAny(Unsafe))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                < '\x20' => (char)(0x2400 + c),          // ␀ … ␟, the Unicode control pictures
                '\x7F' => '\u2421',                       // ␡
                >= '\x80' and <= '\x9F' => '\uFFFD',      // C1 controls (CSI, OSC …) have no pictures
                _ when Unsafe.Contains(c) => '\uFFFD',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Collapses white space (line breaks included) to single spaces, then <see cref="Clean"/>s.</summary>
    public static string Flatten(string text) =>
        Clean(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    // DEL, the C1 controls, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        "\x7F\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8D\x8E\x8F\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9D\x9E\x9F" +
        "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
}
