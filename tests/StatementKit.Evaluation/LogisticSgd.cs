namespace StatementKit.Evaluation;

/// <summary>
/// Logistic regression by stochastic gradient descent with L2, the rate falling as 1 / (1 + epoch), the examples
/// shuffled by a fixed seed each epoch and the weights averaged over epochs: the package's linear models are refitted
/// byte for byte from the same examples. Shared by the cue, statement and pronoun model trainers.
/// </summary>
internal static class LogisticSgd
{
    public static double[] Fit(IReadOnlyList<(int[] Ids, bool Label)> examples, int featureCount, int epochs, double learningRate, double l2, int seed)
    {
        var weights = new double[featureCount];
        var average = new double[featureCount];
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = learningRate / (1 + epoch);
            foreach (var index in order)
            {
                var (ids, label) = examples[index];
                var gradient = (label ? 1 : 0) - Probability(weights, ids);
                foreach (var id in ids)
                {
                    weights[id] += rate * (gradient - l2 * weights[id]);
                }
            }

            for (var id = 0; id < featureCount; id++)
            {
                average[id] += weights[id] / epochs;
            }
        }

        return average;
    }

    /// <summary>The logistic of the weights' sum over the example's features.</summary>
    public static double Probability(double[] weights, int[] ids)
    {
        var sum = 0.0;
        foreach (var id in ids)
        {
            sum += weights[id];
        }

        return 1 / (1 + Math.Exp(-sum));
    }
}
