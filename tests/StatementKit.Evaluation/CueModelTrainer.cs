using System.Globalization;
using System.Text;
using StatementKit.Data;
using StatementKit.Quotes;
using StatementKit.Text;

namespace StatementKit.Evaluation;

/// <summary>
/// Trains the cue model (<c>src/StatementKit/Data/cue-model.tsv</c>) on PolNeAR train: every candidate word is an
/// example, positive when it lies inside a gold cue. Logistic regression by averaged stochastic gradient descent with
/// L2, a fixed seed and a fixed article order, so the file is reproducible. The threshold is the one that maximises
/// token F1 on every tenth training article held out; the final weights are then fitted on all articles.
/// </summary>
internal static class CueModelTrainer
{
    private const int Epochs = 6;
    private const double LearningRate = 0.05;
    private const double L2 = 1e-5;
    private const int MinFeatureCount = 5;
    private const double MinAbsoluteWeight = 0.05;

    public static void Train(IReadOnlyList<GoldArticle> articles, string outputPath, bool fitHeldOut, double? overrideThreshold = null)
    {
        var data = StatementKitData.Default;
        var features = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var examples = articles.Select(a => (a.Name, Examples: Examples(a, data, features, counts))).ToList();

        var tuning = examples.Where((_, i) => i % 10 != 0).SelectMany(e => e.Examples).ToList();
        var heldOut = examples.Where((_, i) => i % 10 == 0).SelectMany(e => e.Examples).ToList();
        var tuned = Fit(tuning, features.Count);
        var (threshold, f1, precision, recall) = BestThreshold(tuned, heldOut);
        Console.WriteLine($"held-out tokens: {heldOut.Count}, positives {heldOut.Count(e => e.Label)}; best threshold {threshold:F2}: P {precision:F3} R {recall:F3} F1 {f1:F3}");

        var weights = fitHeldOut ? Fit(examples.SelectMany(e => e.Examples).ToList(), features.Count) : tuned;
        var names = features.OrderBy(p => p.Value).Select(p => p.Key).ToArray();
        var lines = new List<string>();
        for (var id = 0; id < names.Length; id++)
        {
            if (counts[id] >= MinFeatureCount && Math.Abs(weights[id]) >= MinAbsoluteWeight)
            {
                lines.Add($"{names[id]}\t{weights[id].ToString("F3", CultureInfo.InvariantCulture)}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        var text = new StringBuilder();
        text.Append("# The cue model: feature<TAB>weight of a logistic regression over the features of Quotes/CueFeatures.cs; the @threshold row is the decision threshold.\n");
        text.Append(CultureInfo.InvariantCulture, $"# Trained on PolNeAR train ({articles.Count} articles) by: dotnet run --project tests/StatementKit.Evaluation -c Release -- --split train --train-cue-model src/StatementKit/Data/cue-model.tsv\n");
        text.Append(CultureInfo.InvariantCulture, $"# Held-out tenth of train at the threshold: token precision {precision:F3}, recall {recall:F3}, F1 {f1:F3}.\n");
        text.Append(CultureInfo.InvariantCulture, $"{CueModel.ThresholdFeature}\t{(overrideThreshold ?? threshold).ToString("F2", CultureInfo.InvariantCulture)}\n");
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        File.WriteAllText(outputPath, text.ToString(), new UTF8Encoding(false));
        Console.WriteLine($"wrote {lines.Count} features to {outputPath}");
    }

    private static List<Example> Examples(GoldArticle article, StatementKitData data, Dictionary<string, int> features, List<int> counts)
    {
        var text = article.Text;
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
        var reader = new TokenReader(text, tokens);
        var cue = new bool[text.Length + 1];
        foreach (var piece in article.Relations.SelectMany(r => r.Cue))
        {
            for (var i = piece.Start; i < piece.End && i < text.Length; i++)
            {
                cue[i] = true;
            }
        }

        var result = new List<Example>();
        for (var k = 0; k < reader.Count; k++)
        {
            if (!CueFeatures.IsCandidate(reader, k))
            {
                continue;
            }

            var sink = new NamingSink(features, counts);
            CueFeatures.Extract(reader, k, data, ref sink);
            result.Add(new Example(sink.Ids.ToArray(), cue[tokens[k].Start]));
        }

        return result;
    }

    /// <summary>Averaged SGD for logistic regression; the example order is shuffled by a fixed seed each epoch.</summary>
    private static double[] Fit(List<Example> examples, int featureCount)
    {
        var weights = new double[featureCount];
        var sum = new double[featureCount];
        var random = new Random(20261123);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        long steps = 0;
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = LearningRate / (1 + epoch);
            foreach (var index in order)
            {
                var example = examples[index];
                var margin = example.Ids.Sum(id => weights[id]);
                var gradient = (example.Label ? 1 : 0) - 1 / (1 + Math.Exp(-margin));
                foreach (var id in example.Ids)
                {
                    weights[id] += rate * (gradient - L2 * weights[id]);
                }

                steps++;
                for (var id = 0; id < featureCount && steps % examples.Count == 0; id++)
                {
                    sum[id] += weights[id];
                }
            }
        }

        return sum.Select(s => s / Epochs).ToArray();
    }

    private static (double Threshold, double F1, double Precision, double Recall) BestThreshold(double[] weights, List<Example> examples)
    {
        var scored = examples.Select(e => (Probability: 1 / (1 + Math.Exp(-e.Ids.Sum(id => weights[id]))), e.Label)).ToList();
        var positives = scored.Count(s => s.Label);
        var best = (Threshold: 0.5, F1: 0.0, Precision: 0.0, Recall: 0.0);
        for (var threshold = 0.20; threshold <= 0.90; threshold += 0.05)
        {
            var predicted = scored.Where(s => s.Probability >= threshold).ToList();
            var hits = predicted.Count(s => s.Label);
            var precision = predicted.Count == 0 ? 0 : (double)hits / predicted.Count;
            var recall = positives == 0 ? 0 : (double)hits / positives;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (f1 > best.F1)
            {
                best = (Math.Round(threshold, 2), f1, precision, recall);
            }
        }

        return best;
    }

    private sealed record Example(int[] Ids, bool Label);

    private readonly struct NamingSink : ICueFeatureSink
    {
        private readonly Dictionary<string, int> features;
        private readonly List<int> counts;

        public NamingSink(Dictionary<string, int> features, List<int> counts)
        {
            this.features = features;
            this.counts = counts;
            Ids = [];
        }

        public List<int> Ids { get; }

        public void Add(char template, ReadOnlySpan<char> first, ReadOnlySpan<char> second, bool pair)
        {
            var name = FeatureHash.Written(template, first, second, pair);
            if (!features.TryGetValue(name, out var id))
            {
                id = features.Count;
                features[name] = id;
                counts.Add(0);
            }

            counts[id]++;
            Ids.Add(id);
        }
    }
}
