namespace StatementKit.Evaluation.Variants;

/// <summary>One person's surely-attributed pronouns in a gold article: the subject pronouns that are the gold source of
/// an attribution and follow that person's named source with no other named source between.</summary>
internal sealed record PronounChain(string Person, IReadOnlyList<TextSpan> Pronouns);

/// <summary>
/// Finds, from PolNeAR's gold annotations, the person whose pronouns are surely theirs and flips half or all of them
/// to the other gender ("he" ↔ "she"), recording which.
/// </summary>
internal static class PronounFlips
{
    /// <summary>The person with the most surely-attributed pronouns (at least two), or null.</summary>
    public static PronounChain? SurestChain(GoldArticle article)
    {
        var sources = article.Relations
            .Where(r => r.Source.Count == 1 && r.Source[0].End <= article.Text.Length)
            .Select(r => r.Source[0])
            .Distinct()
            .OrderBy(s => s.Start)
            .ToList();
        var chains = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var genders = new Dictionary<string, string>(StringComparer.Ordinal);
        string? person = null;
        foreach (var source in sources)
        {
            var text = article.Text.Substring(source.Start, source.Length);
            if (text is "he" or "He" or "she" or "She")
            {
                if (person is null)
                {
                    continue;
                }

                var gender = text.ToLowerInvariant();
                if (genders.TryGetValue(person, out var known) && known != gender)
                {
                    // The same person called both: not sure whose pronouns these are.
                    chains.Remove(person);
                    person = null;
                    continue;
                }

                genders[person] = gender;
                if (!chains.TryGetValue(person, out var list))
                {
                    chains[person] = list = [];
                }

                list.Add(source);
            }
            else
            {
                person = Surname(text);
            }
        }

        var best = chains.Where(c => c.Value.Count >= 2).OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.Key is null ? null : new PronounChain(best.Key, best.Value);
    }

    /// <summary>The text with the chosen pronouns flipped; <paramref name="all"/> flips every one, else every other one.</summary>
    public static (string Text, IReadOnlyList<TextSpan> Flipped) Flip(string text, PronounChain chain, bool all)
    {
        var flipped = chain.Pronouns.Where((_, i) => all || i % 2 == 0).ToList();
        var builder = new System.Text.StringBuilder(text.Length + flipped.Count * 2);
        var position = 0;
        var newSpans = new List<TextSpan>();
        foreach (var span in flipped)
        {
            builder.Append(text, position, span.Start - position);
            var word = text.Substring(span.Start, span.Length);
            var replacement = word switch { "he" => "she", "He" => "She", "she" => "he", _ => "He" };
            newSpans.Add(new TextSpan(builder.Length, replacement.Length));
            builder.Append(replacement);
            position = span.End;
        }

        builder.Append(text, position, text.Length - position);
        return (builder.ToString(), newSpans);
    }

    /// <summary>The last capitalised word of a named source ("Hillary Clinton" → "Clinton"), or null for a description.</summary>
    private static string? Surname(string source)
    {
        var words = source.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var capitalised = words.Where(w => char.IsUpper(w[0])).ToList();
        if (capitalised.Count == 0 || words.Length > 4)
        {
            return null;
        }

        var last = capitalised[^1].TrimEnd(',');
        return last.EndsWith("’s", StringComparison.Ordinal) || last.EndsWith("'s", StringComparison.Ordinal) ? last[..^2] : last;
    }
}
