using System.Globalization;

namespace StatementKit.Evaluation;

/// <summary>
/// Scores pronoun coreference on GAP (Webster et al. 2018; ../shared/data/gap, Apache-2.0; development and validation
/// only, never the test split): for each snippet, the analysis links its pronoun to an entity or to none, and each of
/// the two candidate names A and B is predicted coreferent when that entity has a mention overlapping it. F1 of the
/// coreferent predictions over both candidates, by the pronoun's gender, and the bias (feminine F1 over masculine).
/// </summary>
internal static class GapEvaluation
{
    public static int Run(IStatementAnalyzer analyzer, string path)
    {
        if (!File.Exists(path))
        {
            Console.WriteLine($"GAP not found at {Path.GetFullPath(path)}: nothing to score.");
            return 0;
        }

        var counts = new Dictionary<string, (int TruePositive, int Predicted, int Gold)>(StringComparer.Ordinal) { ["feminine"] = default, ["masculine"] = default };
        var linked = 0;
        var rows = 0;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 10)
            {
                continue;
            }

            rows++;
            var (text, pronoun, pronounAt) = (f[1], f[2], int.Parse(f[3], CultureInfo.InvariantCulture));
            var candidates = new[] { (At: int.Parse(f[5], CultureInfo.InvariantCulture), Length: f[4].Length, Gold: f[6] == "TRUE"),
                (At: int.Parse(f[8], CultureInfo.InvariantCulture), Length: f[7].Length, Gold: f[9] == "TRUE") };
            var analysis = analyzer.Analyze(Article.FromText(text));
            var entity = analysis.Entities.FirstOrDefault(e => e.Mentions.Any(m => m.Kind == MentionKind.Pronoun && m.Excerpt.Start == pronounAt));
            linked += entity is null ? 0 : 1;
            var gender = pronoun.ToLowerInvariant() is "she" or "her" or "hers" or "herself" ? "feminine" : "masculine";
            foreach (var (at, length, gold) in candidates)
            {
                var predicted = entity is not null && entity.Mentions.Any(m => m.Kind != MentionKind.Pronoun
                    && m.Excerpt.Start < at + length && at < m.Excerpt.Start + m.Excerpt.Length);
                var c = counts[gender];
                counts[gender] = (c.TruePositive + (predicted && gold ? 1 : 0), c.Predicted + (predicted ? 1 : 0), c.Gold + (gold ? 1 : 0));
            }
        }

        Console.WriteLine($"GAP {Path.GetFileNameWithoutExtension(path)}: {rows} snippets, pronoun linked to an entity in {linked}");
        Console.WriteLine();
        Console.WriteLine("| pronouns | precision | recall | F1 |");
        Console.WriteLine("|---|---|---|---|");
        var f1 = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (gender, (tp, predicted, gold)) in counts.Append(new("all", (counts.Values.Sum(c => c.TruePositive), counts.Values.Sum(c => c.Predicted), counts.Values.Sum(c => c.Gold)))))
        {
            double p = predicted == 0 ? 0 : (double)tp / predicted, r = gold == 0 ? 0 : (double)tp / gold;
            f1[gender] = p + r == 0 ? 0 : 2 * p * r / (p + r);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {gender} | {p:F3} | {r:F3} | {f1[gender]:F3} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bias (feminine F1 / masculine F1): {(f1["masculine"] == 0 ? 0 : f1["feminine"] / f1["masculine"]):F3}"));
        return 0;
    }
}
