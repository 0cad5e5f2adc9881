namespace StatementKit.Neural;

/// <summary>Shared by the two ways of turning the accurate mode on.</summary>
internal static class NeuralTagger
{
    public static NeuralTaggerOptions ValidatedOptions(Action<NeuralTaggerOptions>? configure)
    {
        var options = new NeuralTaggerOptions();
        configure?.Invoke(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid neural tagger options: " + string.Join(" ", problems), nameof(configure));
        }

        return options.Clone();
    }
}
