using System.Globalization;
using System.Text;
using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Learning;
using StatementKit.Quotes;
using StatementKit.Text;

namespace StatementKit.Evaluation;

/// <summary>
/// Trains the package's two linear models on PolNeAR train and writes them as data files:
/// <list type="bullet">
/// <item><c>cue-model.tsv</c>: every candidate word is an example, positive when it lies inside a gold cue;</item>
/// <item><c>statement-model.tsv</c>: every candidate statement of the rules is an example, positive when it matches a
/// gold relation under the evaluation protocol.</item>
/// </list>
/// Logistic regression by stochastic gradient descent with L2, averaged over epochs, with a fixed seed and article
/// order, so the files are reproducible byte for byte. The threshold is chosen on every tenth article held out (token
/// F1 for cues, statement F1 for statements); the final weights are then fitted on all articles.
/// </summary>
internal static class ModelTrainer
{
    private const double LearningRate = 0.05;
    private const int Epochs = 6;
    private const double L2 = 1e-5;
    private const int MinFeatureCount = 5;
    private const double MinAbsoluteWeight = 0.05;

    public static void TrainCueModel(IReadOnlyList<GoldArticle> articles, string outputPath, bool fitHeldOut, double? threshold)
    {
        var data = StatementKitData.Default;
        Train(articles, outputPath, fitHeldOut, threshold, epochs: Epochs, "cue-model.tsv", "Quotes/CueFeatures.cs", "--train-cue-model", TokenF1,
            (article, features) => (CueExamples(article, data, features), 0));
    }

    public static void TrainStatementModel(IReadOnlyList<GoldArticle> articles, string outputPath, bool fitHeldOut, double? threshold)
    {
        var data = StatementKitData.Default;
        var loader = new DocumentLoader(data);
        var extractor = new QuoteExtractor(data, calibrate: false);
        Train(articles, outputPath, fitHeldOut, threshold, epochs: Epochs, "statement-model.tsv", "Quotes/StatementFeatures.cs", "--train-statement-model", StatementF1,
            (article, features) => (StatementExamples(article, data, loader, extractor, features), article.Relations.Count));
    }

    private static void Train(IReadOnlyList<GoldArticle> articles, string outputPath, bool fitHeldOut, double? fixedThreshold, int epochs, string fileName,
        string featureSource, string option, Func<double[], List<(List<Example> Examples, int Gold)>, double, (double F1, double P, double R)> measure,
        Func<GoldArticle, FeatureTable, (List<Example> Examples, int Gold)> examplesOf)
    {
        var features = new FeatureTable();
        var perArticle = articles.Select(a => examplesOf(a, features)).ToList();
        var tuning = perArticle.Where((_, i) => i % 10 != 0).SelectMany(e => e.Examples).ToList();
        var heldOut = perArticle.Where((_, i) => i % 10 == 0).ToList();
        var tuned = Fit(tuning, features.Count, epochs);

        var best = (Threshold: 0.5, F1: 0.0, P: 0.0, R: 0.0);
        for (var t = 0.05; t <= 0.9; t += 0.025)
        {
            var (f1, p, r) = measure(tuned, heldOut, t);
            if (f1 > best.F1)
            {
                best = (Math.Round(t, 3), f1, p, r);
            }
        }

        Console.WriteLine($"{fileName}: held-out tenth of the articles, best threshold {best.Threshold:F3}: P {best.P:F3} R {best.R:F3} F1 {best.F1:F3}");
        var weights = fitHeldOut ? Fit(perArticle.SelectMany(e => e.Examples).ToList(), features.Count, epochs) : tuned;
        var lines = new List<string>();
        for (var id = 0; id < features.Count; id++)
        {
            if (features.Counts[id] >= MinFeatureCount && Math.Abs(weights[id]) >= MinAbsoluteWeight)
            {
                lines.Add($"{features.Names[id]}\t{weights[id].ToString("F3", CultureInfo.InvariantCulture)}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# feature<TAB>weight of a logistic regression over the features of {featureSource}; the {LinearModel.ThresholdFeature} row is the decision threshold.\n");
        text.Append(CultureInfo.InvariantCulture, $"# Trained on PolNeAR train ({articles.Count} articles) by: dotnet run --project tests/StatementKit.Evaluation -c Release -- --split train {option} src/StatementKit/Data/{fileName}\n");
        text.Append(CultureInfo.InvariantCulture, $"# At the threshold, on every tenth training article held out: precision {best.P:F3}, recall {best.R:F3}, F1 {best.F1:F3}.\n");
        text.Append(CultureInfo.InvariantCulture, $"{LinearModel.ThresholdFeature}\t{(fixedThreshold ?? best.Threshold).ToString("F3", CultureInfo.InvariantCulture)}\n");
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        File.WriteAllText(outputPath, text.ToString(), new UTF8Encoding(false));
        Console.WriteLine($"wrote {lines.Count} features to {outputPath}");
    }

    private static List<Example> CueExamples(GoldArticle article, StatementKitData data, FeatureTable features)
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
            if (CueFeatures.IsCandidate(reader, k))
            {
                var sink = features.NewSink();
                CueFeatures.Extract(reader, k, data, ref sink);
                result.Add(new Example(sink.Ids.ToArray(), cue[tokens[k].Start]));
            }
        }

        return result;
    }

    private static List<Example> StatementExamples(GoldArticle article, StatementKitData data, DocumentLoader loader, QuoteExtractor extractor, FeatureTable features)
    {
        var document = loader.Load(Article.FromText(article.Text), CancellationToken.None);
        var reader = new TokenReader(document.Text, document.Tokens);
        var candidates = extractor.Extract(document, CancellationToken.None);
        var predictions = candidates.Select(c => new Prediction(c.Content, c.SpeakerMention, document.Slice(c.Content), null, c.Kind.ToString(), "-")).ToList();
        var matched = Scorer.Score(article, predictions).Cues.Select(c => c.Matched).ToList();
        var result = new List<Example>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var sink = features.NewSink();
            StatementFeatures.Extract(document, reader, candidates[i], data, ref sink);
            result.Add(new Example(sink.Ids.ToArray(), matched[i], AlwaysKept: candidates[i].Kind == StatementKind.Direct));
        }

        return result;
    }

    private static double[] Fit(List<Example> examples, int featureCount, int epochs) =>
        LogisticSgd.Fit(examples.ConvertAll(e => (e.Ids, e.Label)), featureCount, epochs, LearningRate, L2, seed: 20261123);

    private static double Probability(double[] weights, Example example) => LogisticSgd.Probability(weights, example.Ids);

    private static (double F1, double P, double R) TokenF1(double[] weights, List<(List<Example> Examples, int Gold)> articles, double threshold)
    {
        var examples = articles.SelectMany(a => a.Examples).ToList();
        var predicted = examples.Where(e => Probability(weights, e) >= threshold).ToList();
        var hits = predicted.Count(e => e.Label);
        return Scores(hits, predicted.Count, examples.Count(e => e.Label));
    }

    /// <summary>Statement F1 as the protocol counts it: gold relations are the denominator of recall.</summary>
    private static (double F1, double P, double R) StatementF1(double[] weights, List<(List<Example> Examples, int Gold)> articles, double threshold)
    {
        // As at run time: direct quotes are kept whatever their probability; only reported speech is cut.
        var predicted = articles.SelectMany(a => a.Examples).Where(e => e.AlwaysKept || Probability(weights, e) >= threshold).ToList();
        return Scores(predicted.Count(e => e.Label), predicted.Count, articles.Sum(a => a.Gold));
    }

    private static (double F1, double P, double R) Scores(int hits, int predicted, int positives)
    {
        var precision = predicted == 0 ? 0 : (double)hits / predicted;
        var recall = positives == 0 ? 0 : (double)hits / positives;
        return (precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall), precision, recall);
    }

    private sealed record Example(int[] Ids, bool Label, bool AlwaysKept = false);

    /// <summary>Feature names, their ids and how often each was seen.</summary>
    private sealed class FeatureTable
    {
        private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

        public List<string> Names { get; } = [];

        public List<int> Counts { get; } = [];

        public int Count => Names.Count;

        public NamingSink NewSink() => new(this);

        public int Id(string name)
        {
            if (!ids.TryGetValue(name, out var id))
            {
                id = Names.Count;
                ids[name] = id;
                Names.Add(name);
                Counts.Add(0);
            }

            Counts[id]++;
            return id;
        }
    }

    private readonly struct NamingSink : IFeatureSink
    {
        private readonly FeatureTable table;

        public NamingSink(FeatureTable table)
        {
            this.table = table;
            Ids = [];
        }

        public List<int> Ids { get; }

        public void Add(char template, ReadOnlySpan<char> first, ReadOnlySpan<char> second, bool pair) =>
            Ids.Add(table.Id(FeatureHash.Written(template, first, second, pair)));
    }
}
