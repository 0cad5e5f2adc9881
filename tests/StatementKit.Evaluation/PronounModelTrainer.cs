using System.Globalization;
using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Learning;
using StatementKit.Pipeline;
using StatementKit.Speakers.Coreference;
using StatementKit.Text;

namespace StatementKit.Evaluation;

/// <summary>
/// Fits the learnt pronoun model (<c>pronoun-model.tsv</c>) on GAP development and chooses its threshold on GAP
/// validation (never the test split): one example per (pronoun, candidate A or B) pair, labelled by GAP, with the
/// gender-blind features of <see cref="PronounFeatures"/> and the candidates as the linker finds them (the other
/// persons' names between come from the analysis). Logistic regression by averaged SGD, fixed seed and order.
/// </summary>
internal static class PronounModelTrainer
{
    private const int Epochs = 12;
    private const double LearningRate = 0.1;
    private const double L2 = 1e-4;

    public static int Train(string developmentPath, string validationPath, string outputPath)
    {
        var data = StatementKitData.For(new StatementKitOptions());
        // Every candidate statement, as when the shipped model was fitted (before MinimumConfidence defaulted to 0.3): the
        // refit reproduces Data/pronoun-model.tsv byte for byte. Fitted at the 0.3 default, its validation F1 is the same, 0.722.
        var analyzer = StatementAnalyzer.CreateDefault(o => o.MinimumConfidence = 0);
        var train = Examples(developmentPath, data, analyzer);
        var features = train.SelectMany(e => e.Pairs).SelectMany(p => p.Features).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = features.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var weights = LogisticSgd.Fit(train.SelectMany(e => e.Pairs).Select(p => (p.Features.Select(f => index[f]).ToArray(), p.Label)).ToList(), features.Count,
            Epochs, LearningRate, L2, seed: 20261207);
        var rows = features.Select((f, i) => (f, w: weights[i])).Where(x => Math.Abs(x.w) >= 1e-4).ToList();
        var model = LinearModel.FromRows(rows.Select(x => new[] { x.f, x.w.ToString("R", CultureInfo.InvariantCulture) }));

        var validation = Examples(validationPath, data, analyzer);
        Console.WriteLine($"pronoun model: {features.Count} features from {train.Sum(e => e.Pairs.Count)} pairs of {train.Count} GAP development snippets");
        var (bestThreshold, bestF1) = (0.5, -1.0);
        foreach (var threshold in Enumerable.Range(2, 15).Select(t => t / 20.0))
        {
            var f1 = F1(validation, model, threshold, data);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  threshold {threshold:F2}: GAP validation F1 {f1.All:F3} (feminine {f1.Feminine:F3}, masculine {f1.Masculine:F3})"));
            if (f1.All > bestF1)
            {
                (bestThreshold, bestF1) = (threshold, f1.All);
            }
        }

        var lines = new List<string>
        {
            "# Learnt pronoun model (gender-blind): feature<TAB>weight, and @threshold. Fitted on GAP development (Apache-2.0, Webster et al. 2018),",
            "# threshold chosen on GAP validation, by tests/StatementKit.Evaluation --train-pronoun-model (PronounModelTrainer). No GAP text is stored.",
            string.Create(CultureInfo.InvariantCulture, $"{LinearModel.ThresholdFeature}\t{bestThreshold:R}"),
        };
        lines.AddRange(rows.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.f}\t{Math.Round(x.w, 4):R}")));
        File.WriteAllLines(outputPath, lines);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pronoun model written to {outputPath}: {rows.Count} weights, threshold {bestThreshold:F2} (validation F1 {bestF1:F3})"));
        return 0;
    }

    private sealed record Snippet(bool Feminine, List<(List<string> Features, bool Label, int Candidate)> Pairs)
    {
        public required bool[] Gold { get; init; }
    }

    private static List<Snippet> Examples(string path, StatementKitData data, StatementAnalyzer analyzer)
    {
        var loader = new DocumentLoader(data, InputLimits.From(new StatementKitOptions()));
        var snippets = new List<Snippet>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 10)
            {
                continue;
            }

            var text = f[1];
            var pronounAt = int.Parse(f[3], CultureInfo.InvariantCulture);
            var a = new TextSpan(int.Parse(f[5], CultureInfo.InvariantCulture), f[4].Length);
            var b = new TextSpan(int.Parse(f[8], CultureInfo.InvariantCulture), f[7].Length);
            var document = loader.Load(Article.FromText(text), CancellationToken.None);
            var k = document.TokenIndexAtOrAfter(pronounAt);
            if (k >= document.Tokens.Count || document.Tokens[k].Start != pronounAt)
            {
                continue;
            }

            // The names the linker would see: the analysis's person names, with A and B as entities -1 and -2.
            var names = analyzer.Analyze(Article.FromText(text)).Entities
                .SelectMany((e, i) => e.Kind == EntityKind.Person ? e.Mentions.Where(m => m.Kind != MentionKind.Pronoun).Select(m => (Span: new TextSpan(m.Excerpt.Start, m.Excerpt.Length), Entity: i)) : [])
                .Where(n => !n.Span.Overlaps(a) && !n.Span.Overlaps(b))
                .Append((Span: a, Entity: -1)).Append((Span: b, Entity: -2))
                .OrderBy(n => n.Span.Start).ToList();
            var candidates = LearntPronounLinker.Candidates(document, names, pronounAt).Where(c => c.Entity < 0).ToList();
            var gold = new[] { f[6] == "TRUE", f[9] == "TRUE" };
            var pairs = candidates.Select(c => (PronounFeatures.Of(document, data, k, c.Candidate), gold[-c.Entity - 1], -c.Entity - 1)).ToList();
            snippets.Add(new Snippet(f[2].ToLowerInvariant() is "she" or "her" or "hers" or "herself", pairs) { Gold = gold });
        }

        return snippets;
    }

    /// <summary>GAP F1 of the linker's decision (the best candidate at or above the threshold is coreferent).</summary>
    private static (double All, double Feminine, double Masculine) F1(List<Snippet> snippets, LinearModel model, double threshold, StatementKitData data)
    {
        double Score(IEnumerable<Snippet> group)
        {
            int tp = 0, predicted = 0, gold = 0;
            foreach (var s in group)
            {
                var best = s.Pairs.Select(p => (p.Candidate, Score: LearntPronounLinker.Score(model, p.Features))).Where(p => p.Score >= threshold)
                    .OrderByDescending(p => p.Score).Select(p => (int?)p.Candidate).FirstOrDefault();
                for (var c = 0; c < 2; c++)
                {
                    var isPredicted = best == c;
                    tp += isPredicted && s.Gold[c] ? 1 : 0;
                    predicted += isPredicted ? 1 : 0;
                    gold += s.Gold[c] ? 1 : 0;
                }
            }

            double p = predicted == 0 ? 0 : (double)tp / predicted, r = gold == 0 ? 0 : (double)tp / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        return (Score(snippets), Score(snippets.Where(s => s.Feminine)), Score(snippets.Where(s => !s.Feminine)));
    }
}
