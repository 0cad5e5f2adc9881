using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Documents;

/// <summary>
/// Page chrome inside article text: lines such as "Previous Article", "Read also" or "Leave a Comment", and the
/// headline link that follows a navigation or related-content line. Statements found there are nobody's words.
/// </summary>
internal static class ChromeParagraphs
{
    private const int MaxHeadlineLength = 160;

    /// <summary>Each chrome line with its kind (navigation, comment, related) and the headline it frames, if any.</summary>
    public static IEnumerable<(int Paragraph, string Label, string Kind, int Headline)> Find(AnalysisDocument document, StatementKitData data)
    {
        for (var p = 0; p < document.Paragraphs.Count; p++)
        {
            if (!IsChromeLine(document, document.Paragraphs[p], data, out var line, out var kind))
            {
                continue;
            }

            var headline = kind is "navigation" or "related" && p + 1 < document.Paragraphs.Count && IsHeadline(document.Text, document.Paragraphs[p + 1]) ? p + 1 : -1;
            yield return (p, line, kind, headline);
        }
    }

    /// <summary>The spans of every chrome line and framed headline.</summary>
    public static List<TextSpan> Spans(AnalysisDocument document, StatementKitData data)
    {
        var spans = new List<TextSpan>();
        foreach (var (paragraph, _, _, headline) in Find(document, data))
        {
            spans.Add(document.Paragraphs[paragraph]);
            if (headline >= 0)
            {
                spans.Add(document.Paragraphs[headline]);
            }
        }

        return spans;
    }

    /// <summary>
    /// Whether the paragraph (trimmed, less a closing colon) is a chrome line, and then the line as written and its kind.
    /// Read in place: copying every paragraph out to look it up was two bytes allocated per character of every article,
    /// twice (the quote stage and the content-farm rule both ask).
    /// </summary>
    private static bool IsChromeLine(AnalysisDocument document, TextSpan paragraph, StatementKitData data, out string line, out string kind)
    {
        var text = document.Text.AsSpan(paragraph.Start, paragraph.Length).Trim().TrimEnd(':');
        if (data.ChromeLines.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var found))
        {
            (line, kind) = (text.ToString(), found);
            return true;
        }

        (line, kind) = (string.Empty, string.Empty);
        return false;
    }

    /// <summary>A short line without closing punctuation: a linked headline rather than a sentence of the story.</summary>
    private static bool IsHeadline(string text, TextSpan paragraph) =>
        paragraph.Length <= MaxHeadlineLength && !Characters.IsSentenceTerminal(text[paragraph.End - 1]) && char.IsUpper(text[paragraph.Start]);
}
