using System.Globalization;

namespace StatementKit.Learning;

/// <summary>
/// A logistic-regression model shipped as a data file: one feature and its weight a line (readable and diffable),
/// and a <see cref="ThresholdFeature"/> row with its decision threshold. Weights are keyed by the hash of the
/// feature's written form, so scoring builds no strings. Immutable and safe to share between threads.
/// </summary>
internal sealed class LinearModel
{
    /// <summary>The name of the row that holds the decision threshold.</summary>
    public const string ThresholdFeature = "@threshold";

    private readonly WeightTable weights;

    private LinearModel(WeightTable weights, double threshold)
    {
        this.weights = weights;
        Threshold = threshold;
    }

    /// <summary>A model with no weights: it accepts nothing.</summary>
    public static LinearModel Empty { get; } = new(new WeightTable(new Dictionary<ulong, float>()), double.PositiveInfinity);

    /// <summary>Probabilities from this value up are accepted.</summary>
    public double Threshold { get; }

    public bool IsEmpty => weights.Count == 0;

    /// <summary>Reads <c>feature TAB weight</c> rows; rows that do not parse are skipped.</summary>
    public static LinearModel FromRows(IEnumerable<string[]> rows)
    {
        var table = new Dictionary<ulong, float>();
        var threshold = double.PositiveInfinity;
        foreach (var row in rows)
        {
            if (row.Length < 2 || !double.TryParse(row[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                continue;
            }

            if (row[0] == ThresholdFeature)
            {
                threshold = value;
            }
            else
            {
                table[FeatureHash.Of(row[0])] = (float)value;
            }
        }

        return table.Count == 0 ? Empty : new LinearModel(new WeightTable(table), threshold);
    }

    /// <summary>The weight of a feature by its <see cref="FeatureHash"/> key (0 when the model does not list it).</summary>
    public float Weight(ulong key) => weights[key];

    /// <summary>The logistic of a sum of weights, as <see cref="Scorer.Probability"/> gives it.</summary>
    public static double Logistic(double sum) => 1 / (1 + Math.Exp(-sum));

    /// <summary>A sink that sums the weights of the features it is given.</summary>
    public Scorer NewScorer() => new(weights);

    /// <summary>Sums feature weights; <see cref="Probability"/> is the logistic of the sum.</summary>
    public struct Scorer : IFeatureSink
    {
        private readonly WeightTable weights;
        private double sum;

        internal Scorer(WeightTable weights)
        {
            this.weights = weights;
            sum = 0;
        }

        public readonly double Probability => Logistic(sum);

        /// <summary>The sum of the weights so far (the log-odds).</summary>
        public readonly double Sum => sum;

        public void Add(char template, ReadOnlySpan<char> first, ReadOnlySpan<char> second, bool pair)
        {
            if (weights.TryGetValue(FeatureHash.Of(template, first, second, pair), out var weight))
            {
                sum += weight;
            }
        }
    }
}
