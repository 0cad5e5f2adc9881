using StatementKit.Documents;

namespace StatementKit.Reliability.Rules;

/// <summary>
/// <c>content-farm-chrome</c>: navigation and comment chrome inside the article text ("Previous Article", "Next
/// Article", "Leave a Comment"), with the unrelated headline links it frames.
/// </summary>
internal sealed class ContentFarmChromeRule : IReliabilityRule
{
    private const int MinChromeLines = 2;

    public string Code => "content-farm-chrome";

    public IEnumerable<ReliabilityFlag> Evaluate(ReliabilityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        var evidence = new List<TextExcerpt>();
        var labels = new List<string>();
        var navigation = false;
        foreach (var (paragraph, label, kind, headline) in ChromeParagraphs.Find(document, context.Data))
        {
            if (kind == "related")
            {
                continue; // "Read also" boxes are ordinary newspaper furniture
            }

            evidence.Add(document.Excerpt(document.Paragraphs[paragraph]));
            labels.Add(label);
            navigation |= kind == "navigation";
            if (headline >= 0)
            {
                evidence.Add(document.Excerpt(document.Paragraphs[headline]));
            }
        }

        // One "Next article" link is ordinary site navigation; content farms stack several chrome lines.
        if (labels.Count >= MinChromeLines && navigation || labels.Count >= MinChromeLines + 1)
        {
            yield return new ReliabilityFlag(Code, FlagSeverity.Warning,
                $"The article text carries page chrome of the kind content farms use ({string.Join(", ", labels.Distinct(StringComparer.OrdinalIgnoreCase))}).",
                evidence);
        }
    }
}
