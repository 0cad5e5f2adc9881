using StatementKit.Text;

namespace StatementKit.Reliability.Rules;

/// <summary>
/// <c>content-farm-chrome</c>: navigation and comment chrome inside the article text ("Previous Article", "Next
/// Article", "Leave a Comment"), with the unrelated headline links it frames.
/// </summary>
internal sealed class ContentFarmChromeRule : IReliabilityRule
{
    private const int MaxHeadlineLength = 160;

    public string Code => "content-farm-chrome";

    public IEnumerable<ReliabilityFlag> Evaluate(ReliabilityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        var evidence = new List<TextExcerpt>();
        var labels = new List<string>();
        var navigation = false;
        for (var p = 0; p < document.Paragraphs.Count; p++)
        {
            var line = document.Slice(document.Paragraphs[p]).Trim().TrimEnd(':');
            if (!context.Data.ChromeLines.TryGetValue(line, out var kind))
            {
                continue;
            }

            evidence.Add(document.Excerpt(document.Paragraphs[p]));
            labels.Add(line);
            if (kind == "navigation")
            {
                navigation = true;
                if (p + 1 < document.Paragraphs.Count && IsHeadline(document.Text, document.Paragraphs[p + 1]))
                {
                    evidence.Add(document.Excerpt(document.Paragraphs[p + 1]));
                }
            }
        }

        if (labels.Count >= 2 || navigation)
        {
            yield return new ReliabilityFlag(Code, FlagSeverity.Warning,
                $"The article text carries page chrome of the kind content farms use ({string.Join(", ", labels.Distinct(StringComparer.OrdinalIgnoreCase))}).",
                evidence);
        }
    }

    /// <summary>A short line without closing punctuation: a linked headline rather than a sentence of the story.</summary>
    private static bool IsHeadline(string text, TextSpan paragraph) =>
        paragraph.Length <= MaxHeadlineLength && !Characters.IsSentenceTerminal(text[paragraph.End - 1]) && char.IsUpper(text[paragraph.Start]);
}
