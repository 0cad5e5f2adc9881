using StatementKit.Text;

namespace StatementKit.Reliability.Rules;

/// <summary>
/// <c>inconsistent-place-names</c>: two spellings of one place ("Kiev" and "Kyiv") in one text, a sign that it was
/// stitched together from sources with different style guides.
/// </summary>
internal sealed class InconsistentPlaceNamesRule : IReliabilityRule
{
    public string Code => "inconsistent-place-names";

    public IEnumerable<ReliabilityFlag> Evaluate(ReliabilityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Document.Text;
        foreach (var (a, b) in context.Data.PlaceNameVariants)
        {
            var first = FindWord(text, a);
            var second = first < 0 ? -1 : FindWord(text, b);
            if (second < 0)
            {
                continue;
            }

            yield return new ReliabilityFlag(Code, FlagSeverity.Info,
                $"The text spells one place two ways, \"{a}\" and \"{b}\", as happens when it is assembled from different sources.",
                [TextExcerpt.From(text, new TextSpan(first, a.Length)), TextExcerpt.From(text, new TextSpan(second, b.Length))]);
        }
    }

    private static int FindWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !Characters.IsWordChar(text[at - 1]);
            var after = at + word.Length >= text.Length || !Characters.IsWordChar(text[at + word.Length]);
            if (before && after)
            {
                return at;
            }
        }

        return -1;
    }
}
