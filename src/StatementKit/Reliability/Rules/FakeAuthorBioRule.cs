using StatementKit.Documents;

namespace StatementKit.Reliability.Rules;

/// <summary><c>fake-author-bio</c>: a paragraph shaped like a generated author bio ("Coffee evangelist. Web guru. …").</summary>
internal sealed class FakeAuthorBioRule : IReliabilityRule
{
    public string Code => "fake-author-bio";

    public IEnumerable<ReliabilityFlag> Evaluate(ReliabilityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var detector = new BioShapeDetector(context.Data);
        foreach (var paragraph in context.Document.Paragraphs)
        {
            if (detector.IsBio(context.Document.Text.AsSpan(paragraph.Start, paragraph.Length)))
            {
                yield return new ReliabilityFlag(Code, FlagSeverity.Warning,
                    "The author bio is a string of stock phrases, typical of content farms that invent their authors.",
                    [context.Document.Excerpt(paragraph)]);
            }
        }
    }
}
