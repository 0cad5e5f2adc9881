using System.Globalization;
using StatementKit.Data;
using StatementKit.Quotes;

namespace StatementKit.Evaluation;

/// <summary>
/// Scores by attribution type (assertion, belief, fact, eventuality). A gold relation's type comes from its gold cue
/// by the rules StatementKit types statements with (a direct quote and "according to" assert; a cue followed by its
/// to-infinitive is an eventuality; else the cue's lemma in cue-types.tsv, else its lexicon class), overridden by the
/// types checked by reading in <c>TypeGold/SPLIT.tsv</c> where one is given. Precision of a type counts the predictions
/// of that type that match any gold relation; recall, the gold relations of that type that any prediction matches;
/// assertion-only scores both sides cut to assertions (the quote trackers' convention, <c>--types assertion</c>).
/// </summary>
internal static class TypedScores
{
    private static readonly StatementKitData Data = StatementKitData.For(new StatementKitOptions());

    public static StatementType TypeOf(GoldArticle article, GoldRelation relation, IReadOnlyDictionary<(string, int, int), StatementType>? checkedTypes = null)
    {
        var content = relation.Content[0];
        if (checkedTypes is not null && checkedTypes.TryGetValue((article.Name, content.Start, content.End), out var checkedType))
        {
            return checkedType;
        }

        if (Scorer.TypeOf(relation.ContentText) == GoldType.Direct || relation.Cue.Count == 0)
        {
            return StatementType.Assertion;
        }

        var cue = relation.Cue.Where(c => c.End <= article.Text.Length).ToList();
        var cueText = string.Join(" ", cue.Select(c => article.Text.Substring(c.Start, c.Length))).Trim();
        if (cueText.StartsWith("according", StringComparison.OrdinalIgnoreCase) || Verb(cueText) is not { } verb)
        {
            return StatementType.Assertion;
        }

        var cueEnd = cue.Count == 0 ? 0 : cue.Max(c => c.End);
        if (content.Start >= cueEnd && relation.ContentText.TrimStart().StartsWith("to ", StringComparison.Ordinal))
        {
            return StatementType.Eventuality;
        }

        return Merging.StatementTyper.TypeOf(Data, verb);
    }

    /// <summary>The checked types: <c>article TAB content start TAB content end TAB type</c>.</summary>
    public static Dictionary<(string, int, int), StatementType> LoadChecked(string path) =>
        !File.Exists(path)
            ? []
            : File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).Where(r => r.Length >= 4)
                .ToDictionary(r => (r[0], int.Parse(r[1], CultureInfo.InvariantCulture), int.Parse(r[2], CultureInfo.InvariantCulture)),
                    r => Enum.Parse<StatementType>(r[3], ignoreCase: true));

    public static void Print(IReadOnlyList<(GoldArticle Article, ArticleScore Score)> scored, IReadOnlyDictionary<(string, int, int), StatementType> checkedTypes)
    {
        var gold = scored.SelectMany(x => x.Score.GoldFound.Select(g => (Type: TypeOf(x.Article, g.Gold, checkedTypes), g.Found))).ToList();
        var predictions = scored.SelectMany(x => x.Score.Outcomes).ToList();
        Console.WriteLine();
        Console.WriteLine("| type | gold | predicted | precision | recall | F1 |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var type in Enum.GetValues<StatementType>())
        {
            var g = gold.Where(x => x.Type == type).ToList();
            var p = predictions.Where(o => o.Predicted.Type == type).ToList();
            Row(type.ToString().ToLowerInvariant(), g.Count, g.Count(x => x.Found), p.Count, p.Count(o => o.Matched));
        }

        // Assertions alone: both sides cut to assertions and matched again.
        var assertionScores = scored.Select(x => Scorer.Score(
            x.Article with { Relations = x.Article.Relations.Where(r => TypeOf(x.Article, r, checkedTypes) == StatementType.Assertion).ToList() },
            x.Score.Outcomes.Select(o => o.Predicted).Where(p => p.Type == StatementType.Assertion).ToList())).ToList();
        Row("assertion only, rescored", assertionScores.Sum(s => s.Gold), assertionScores.Sum(s => s.Matched), assertionScores.Sum(s => s.Predicted), assertionScores.Sum(s => s.Matched));
        var pairs = scored.SelectMany(x => x.Score.Pairs.Select(p => (Gold: TypeOf(x.Article, p.Gold, checkedTypes), p.Predicted.Type))).ToList();
        Console.WriteLine();
        Console.WriteLine($"type agreement on matched pairs: {Share(pairs.Count(p => p.Gold == p.Type), pairs.Count):F3} (n={pairs.Count})");

        // How far the types derived from gold cues can be trusted where no check overrides them.
        var sample = scored.SelectMany(x => x.Article.Relations.Where(r => checkedTypes.ContainsKey((x.Article.Name, r.Content[0].Start, r.Content[0].End)))
            .Select(r => (Derived: TypeOf(x.Article, r), Checked: TypeOf(x.Article, r, checkedTypes)))).ToList();
        if (sample.Count > 0)
        {
            var confusions = sample.Where(x => x.Derived != x.Checked).GroupBy(x => $"{x.Derived.ToString().ToLowerInvariant()}→{x.Checked.ToString().ToLowerInvariant()}")
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
            Console.WriteLine($"gold types derived from cues agree with the checked sample on {sample.Count(x => x.Derived == x.Checked)} of {sample.Count} " +
                $"({Share(sample.Count(x => x.Derived == x.Checked), sample.Count):F3}); derived→checked: {string.Join(", ", confusions)}");
        }
    }

    /// <summary>
    /// Every n-th gold relation with its derived type, cue and sentence, for checking by reading (a file kept outside
    /// the repository: it holds article text): <c>article TAB start TAB end TAB type TAB cue TAB content</c>.
    /// </summary>
    public static void Dump(IEnumerable<GoldArticle> articles, string path, int every)
    {
        var lines = articles.SelectMany(a => a.Relations.Select(r => (Article: a, Relation: r)))
            .Where((_, i) => i % every == 0)
            .Select(x =>
            {
                var cue = string.Join(" ", x.Relation.Cue.Where(c => c.End <= x.Article.Text.Length).Select(c => x.Article.Text.Substring(c.Start, c.Length)));
                var content = x.Relation.Content[0];
                var flat = string.Join(' ', x.Relation.ContentText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                return string.Create(CultureInfo.InvariantCulture,
                    $"{x.Article.Name}\t{content.Start}\t{content.End}\t{TypeOf(x.Article, x.Relation).ToString().ToLowerInvariant()}\t{cue}\t{flat}");
            });
        File.WriteAllLines(path, lines);
    }

    /// <summary>The cue verb a gold cue holds: the whole cue as one form, else its first word the lexicon holds.</summary>
    private static CueVerb? Verb(string cue)
    {
        var lower = cue.ToLowerInvariant();
        if (Data.CueVerbs.TryGetValue(lower, out var whole))
        {
            return whole;
        }

        var words = lower.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var length = Math.Min(words.Length, Data.MaxCueWords); length >= 1; length--)
        {
            for (var i = 0; i + length <= words.Length; i++)
            {
                if (Data.CueVerbs.TryGetValue(string.Join(' ', words, i, length).Trim(',', '.', ':', ';'), out var verb))
                {
                    return verb;
                }
            }
        }

        return null;
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static void Row(string name, int gold, int found, int predicted, int matched)
    {
        double precision = predicted == 0 ? 0 : (double)matched / predicted, recall = gold == 0 ? 0 : (double)found / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {gold} | {predicted} | {precision:F3} | {recall:F3} | {f1:F3} |"));
    }
}
