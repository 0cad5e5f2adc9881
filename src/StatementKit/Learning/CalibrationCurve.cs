using System.Globalization;

namespace StatementKit.Learning;

/// <summary>
/// A monotone map from a raw confidence to a probability: the knots of an isotonic regression fitted on annotated
/// news (each knot a block of equal fitted value, at the mean raw confidence of its block), read between knots by
/// linear interpolation and held flat beyond the first and last. Immutable and safe to share between threads.
/// </summary>
internal sealed class CalibrationCurve
{
    private readonly double[] raw;
    private readonly double[] probability;

    private CalibrationCurve(double[] raw, double[] probability)
    {
        this.raw = raw;
        this.probability = probability;
    }

    /// <summary>The knots, in increasing raw confidence.</summary>
    public IReadOnlyList<(double Raw, double Probability)> Knots => raw.Select((r, i) => (r, probability[i])).ToList();

    /// <summary>The probability for a raw confidence.</summary>
    public double Map(double confidence)
    {
        if (double.IsNaN(confidence))
        {
            return confidence;
        }

        if (confidence <= raw[0])
        {
            return probability[0];
        }

        if (confidence >= raw[^1])
        {
            return probability[^1];
        }

        var upper = Array.BinarySearch(raw, confidence);
        if (upper >= 0)
        {
            return probability[upper];
        }

        upper = ~upper;
        var lower = upper - 1;
        var share = (confidence - raw[lower]) / (raw[upper] - raw[lower]);
        return probability[lower] + share * (probability[upper] - probability[lower]);
    }

    /// <summary>
    /// Fits the isotonic regression of outcomes on confidences (pool adjacent violators): the non-decreasing step
    /// function closest in squared error to the outcomes, each block's share smoothed by Laplace's rule. Null when there
    /// is nothing to fit.
    /// </summary>
    public static CalibrationCurve? Fit(IEnumerable<(double Confidence, bool Outcome)> examples)
    {
        var sorted = examples.Where(e => double.IsFinite(e.Confidence)).OrderBy(e => e.Confidence).ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        // Blocks of (sum of confidences, sum of outcomes, count): first one per distinct confidence (tied examples are
        // one point of the regression, whatever their order), then pooled while a block's share right is not above the
        // one before it (by raw share: the isotonic fit; then by smoothed share, which a small block can invert).
        var blocks = new List<(double Confidence, double Outcome, int Count)>();
        foreach (var (confidence, outcome) in sorted)
        {
            var y = outcome ? 1.0 : 0.0;
            if (blocks.Count > 0 && blocks[^1].Confidence / blocks[^1].Count == confidence)
            {
                var last = blocks[^1];
                blocks[^1] = (last.Confidence + confidence, last.Outcome + y, last.Count + 1);
            }
            else
            {
                blocks.Add((confidence, y, 1));
            }
        }

        blocks = Pooled(blocks, (outcome, count) => outcome / count);
        blocks = Pooled(blocks, Share);

        // Knots are written with four decimals: blocks whose rounded means coincide become one knot (the map stays
        // monotone, and the file strictly increasing as FromKnots requires).
        var raw = new List<double>();
        var probability = new List<double>();
        foreach (var (confidence, outcome, count) in blocks)
        {
            var (x, y) = (Math.Round(confidence / count, 4), Math.Round(Share(outcome, count), 4));
            if (raw.Count > 0 && x <= raw[^1])
            {
                probability[^1] = y;
                continue;
            }

            raw.Add(x);
            probability.Add(y);
        }

        return new CalibrationCurve([.. raw], [.. probability]);
    }

    /// <summary>Pools adjacent blocks until their values increase strictly (pool adjacent violators).</summary>
    private static List<(double Confidence, double Outcome, int Count)> Pooled(List<(double Confidence, double Outcome, int Count)> blocks,
        Func<double, int, double> value)
    {
        var pooled = new List<(double Confidence, double Outcome, int Count)>(blocks.Count);
        foreach (var block in blocks)
        {
            pooled.Add(block);
            while (pooled.Count > 1 && value(pooled[^2].Outcome, pooled[^2].Count) >= value(pooled[^1].Outcome, pooled[^1].Count))
            {
                var (a, b) = (pooled[^2], pooled[^1]);
                pooled.RemoveAt(pooled.Count - 1);
                pooled[^1] = (a.Confidence + b.Confidence, a.Outcome + b.Outcome, a.Count + b.Count);
            }
        }

        return pooled;
    }

    /// <summary>
    /// A block's share right by Laplace's rule of succession: a block of 20 right answers says 0.95, not certainty.
    /// </summary>
    private static double Share(double outcomes, int count) => (outcomes + 1) / (count + 2);

    /// <summary>Reads knots from <c>raw TAB probability</c> pairs; null when none parse or they are not increasing.</summary>
    public static CalibrationCurve? FromKnots(IEnumerable<(string Raw, string Probability)> knots)
    {
        var raw = new List<double>();
        var probability = new List<double>();
        foreach (var (r, p) in knots)
        {
            if (!double.TryParse(r, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || !double.IsFinite(x)
                || !double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) || !double.IsFinite(y))
            {
                continue;
            }

            // A file edited by hand must still give a monotone map: knots out of order are refused, not sorted.
            if (raw.Count > 0 && (x <= raw[^1] || y < probability[^1]))
            {
                return null;
            }

            raw.Add(x);
            probability.Add(Math.Clamp(y, 0, 1));
        }

        return raw.Count == 0 ? null : new CalibrationCurve([.. raw], [.. probability]);
    }
}
