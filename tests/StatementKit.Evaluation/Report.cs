using System.Text.Json;

namespace StatementKit.Evaluation;

/// <summary>Corpus-level figures of one run.</summary>
internal sealed record Report(string Split, int Articles, int Gold, int Predicted, int Matched, double ContentPrecision, double ContentRecall,
    double ContentF1, double SourceAccuracy, double EndToEndPrecision, double EndToEndRecall, double EndToEndF1,
    double DirectRecall, double PartialRecall, double IndirectRecall, int DirectGold, int PartialGold, int IndirectGold,
    double DirectSourceAccuracy, double PartialSourceAccuracy, double IndirectSourceAccuracy, MissCauses Causes)
{
    public static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Report From(string split, IReadOnlyList<ArticleScore> scores)
    {
        int gold = scores.Sum(s => s.Gold), predicted = scores.Sum(s => s.Predicted), matched = scores.Sum(s => s.Matched);
        int withSource = scores.Sum(s => s.MatchedWithGoldSource), sourceCorrect = scores.Sum(s => s.SourceCorrect), e2e = scores.Sum(s => s.EndToEnd);
        (int Total, int Found) Type(GoldType t) => (scores.Sum(s => s.ByType[t].Total), scores.Sum(s => s.ByType[t].Found));
        var (direct, partial, indirect) = (Type(GoldType.Direct), Type(GoldType.Partial), Type(GoldType.Indirect));
        double SourceAccuracy(GoldType t) => Ratio(scores.Sum(s => s.SourceByType[t].Correct), scores.Sum(s => s.SourceByType[t].WithSource));
        double Ratio(int a, int b) => b == 0 ? 0 : Math.Round((double)a / b, 4);
        double F1(double p, double r) => p + r == 0 ? 0 : Math.Round(2 * p * r / (p + r), 4);
        var (cp, cr) = (Ratio(matched, predicted), Ratio(matched, gold));
        var (ep, er) = (Ratio(e2e, predicted), Ratio(e2e, gold));
        return new Report(split, scores.Count, gold, predicted, matched, cp, cr, F1(cp, cr), Ratio(sourceCorrect, withSource), ep, er, F1(ep, er),
            Ratio(direct.Found, direct.Total), Ratio(partial.Found, partial.Total), Ratio(indirect.Found, indirect.Total),
            direct.Total, partial.Total, indirect.Total,
            SourceAccuracy(GoldType.Direct), SourceAccuracy(GoldType.Partial), SourceAccuracy(GoldType.Indirect), scores.Aggregate(new MissCauses(0, 0, 0, 0, 0, 0), (sum, s) => sum + s.Causes));
    }

    public static void Print(Report r)
    {
        Console.WriteLine($"PolNeAR {r.Split}: {r.Articles} articles, {r.Gold} gold attributions, {r.Predicted} predicted statements, {r.Matched} matched");
        Console.WriteLine();
        Console.WriteLine("| measure | precision | recall | F1 |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine($"| content | {r.ContentPrecision:F3} | {r.ContentRecall:F3} | {r.ContentF1:F3} |");
        Console.WriteLine($"| end-to-end (content + source) | {r.EndToEndPrecision:F3} | {r.EndToEndRecall:F3} | {r.EndToEndF1:F3} |");
        Console.WriteLine();
        Console.WriteLine($"source accuracy (matched pairs with a gold source): {r.SourceAccuracy:F3}; direct {r.DirectSourceAccuracy:F3}, partial {r.PartialSourceAccuracy:F3}, indirect {r.IndirectSourceAccuracy:F3}");
        Console.WriteLine($"content recall by gold type: direct {r.DirectRecall:F3} (n={r.DirectGold}), partial {r.PartialRecall:F3} (n={r.PartialGold}), indirect {r.IndirectRecall:F3} (n={r.IndirectGold})");
        var c = r.Causes;
        Console.WriteLine($"unmatched gold: {c.GoldUnseen} with no overlapping prediction, {c.GoldBoundary} overlapped below 0.5, {c.GoldTaken} lost to one-to-one");
        Console.WriteLine($"unmatched predictions: {c.PredictedUnseen} overlapping no gold, {c.PredictedBoundary} overlapping below 0.5, {c.PredictedTaken} lost to one-to-one");
    }

    public static void PrintErrors(IReadOnlyList<ArticleScore> scores, int count)
    {
        Console.WriteLine();
        Console.WriteLine($"== misses (gold not found, or found with a wrong source), first {count}");
        foreach (var line in scores.SelectMany(s => s.Misses.Select(m => $"{s.Name}: {m}")).Take(count))
        {
            Console.WriteLine(line);
        }

        Console.WriteLine();
        Console.WriteLine($"== false positives (predicted, matching no gold), first {count}");
        foreach (var line in scores.SelectMany(s => s.FalsePositives.Select(m => $"{s.Name}: {m}")).Take(count))
        {
            Console.WriteLine(line);
        }
    }

    /// <summary>Precision of the predictions per kind and cue: which cues produce statements nobody annotated.</summary>
    public static void PrintCueStatistics(IReadOnlyList<ArticleScore> scores)
    {
        Console.WriteLine();
        Console.WriteLine("== precision by kind and cue (predicted, matched, precision), most unmatched first");
        var rows = scores.SelectMany(s => s.Cues).GroupBy(c => c.Cue)
            .Select(g => (Cue: g.Key, Total: g.Count(), Matched: g.Count(c => c.Matched)))
            .OrderByDescending(r => r.Total - r.Matched).ThenBy(r => r.Cue, StringComparer.Ordinal).Take(60);
        foreach (var (cue, total, matched) in rows)
        {
            Console.WriteLine($"{cue,-40} {total,6} {matched,6} {(double)matched / total,6:F2}");
        }
    }
}
