using System.Globalization;

namespace StatementKit.Evaluation;

/// <summary>
/// Who a gold source really is: the entity a PolNeAR source mention refers to, annotated for a sample of articles
/// (SpeakerGold/*.tsv: article, source start, source end, kind, canonical name as the article writes it longest).
/// </summary>
internal sealed record ResolvedSource(string Kind, string Name);

/// <summary>
/// Speaker resolution as a peer's metric counts it: of the gold quotes found, how many get the right speaker (the
/// predicted canonical name equals the annotated entity's), with the misses grouped by cause.
/// </summary>
internal static class SpeakerResolution
{
    public static Dictionary<(string Article, int Start, int End), ResolvedSource> Load(string path)
    {
        var gold = new Dictionary<(string, int, int), ResolvedSource>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            gold[(cells[0], int.Parse(cells[1], CultureInfo.InvariantCulture), int.Parse(cells[2], CultureInfo.InvariantCulture))] = new ResolvedSource(cells[3], cells[4]);
        }

        return gold;
    }

    public static void Print(IReadOnlyList<(GoldArticle Article, ArticleScore Score)> scored, Dictionary<(string, int, int), ResolvedSource> gold, int examples)
    {
        int total = 0, right = 0, persons = 0, personsRight = 0;
        var causes = new Dictionary<string, int>(StringComparer.Ordinal);
        var misses = new List<string>();
        foreach (var (article, score) in scored)
        {
            foreach (var (relation, predicted) in score.Pairs)
            {
                if (relation.Source.Count == 0 || !gold.TryGetValue((article.Name, relation.Source[0].Start, relation.Source[^1].End), out var truth)
                    || truth.Kind is not ("person" or "organization"))
                {
                    continue;
                }

                var ok = Normalise(predicted.Speaker) == Normalise(truth.Name);
                total++;
                right += ok ? 1 : 0;
                if (truth.Kind == "person")
                {
                    persons++;
                    personsRight += ok ? 1 : 0;
                }

                if (ok)
                {
                    continue;
                }

                var mention = article.Text.Substring(relation.Source[0].Start, relation.Source[^1].End - relation.Source[0].Start);
                var cause = Cause(mention, predicted);
                causes[cause] = causes.GetValueOrDefault(cause) + 1;
                misses.Add($"{article.Name}: [{cause}] gold '{truth.Name}' (mention '{Flat(mention)}') but predicted '{predicted.Speaker ?? "(none)"}' by {predicted.Method} for: {Flat(predicted.Text, 90)}");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"speaker resolution (found quotes whose source is a named person or organisation): {Ratio(right, total):F3} ({right}/{total}); persons {Ratio(personsRight, persons):F3} ({personsRight}/{persons})");
        Console.WriteLine("misses by cause: " + string.Join(", ", causes.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")));
        foreach (var miss in misses.Take(examples))
        {
            Console.WriteLine(miss);
        }
    }

    /// <summary>
    /// The cause of a miss, from the gold mention's form and how the speaker was found: no speaker at all, a
    /// continuation, a pronoun, a descriptor ("the company"), or a name resolved to the wrong entity.
    /// </summary>
    private static string Cause(string mention, Prediction predicted)
    {
        if (predicted.Speaker is null)
        {
            return "none";
        }

        if (predicted.Method == "Continuation")
        {
            return "continuation";
        }

        var first = mention.TrimStart().Split(' ', 2)[0].ToLowerInvariant();
        if (first is "he" or "she" or "they" or "i" or "we" or "it" or "his" or "her" or "who")
        {
            return "pronoun";
        }

        return char.IsLower(mention.TrimStart().FirstOrDefault()) || first is "the" or "a" or "an" ? "descriptor" : "wrong name";
    }

    private static string Normalise(string? name)
    {
        if (name is null)
        {
            return string.Empty;
        }

        var flat = Flat(name).Replace('’', '\'').Trim().TrimEnd('.', ',');
        if (flat.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            flat = flat[4..];
        }

        if (flat.EndsWith("'s", StringComparison.Ordinal))
        {
            flat = flat[..^2];
        }

        return flat.ToUpperInvariant();
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static string Flat(string text, int width = 200)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= width ? flat : flat[..(width - 1)] + "…";
    }
}
