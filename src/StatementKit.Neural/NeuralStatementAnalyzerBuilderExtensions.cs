using StatementKit.Neural;

namespace StatementKit;

/// <summary>Adds the accurate mode to a <see cref="StatementAnalyzerBuilder"/>.</summary>
public static class NeuralStatementAnalyzerBuilderExtensions
{
    /// <summary>
    /// Runs the learnt statement tagger beside the rules (the accurate mode): a statement proposer whose statements
    /// the merger combines with the rules', and whose speaker mentions the same attributor resolves. Loads the model
    /// once, when <see cref="StatementAnalyzerBuilder.Build"/> is called; calling it twice adds it once.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes to the default tagger options, or null.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static StatementAnalyzerBuilder UseNeuralTagger(this StatementAnalyzerBuilder builder, Action<NeuralTaggerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = NeuralTagger.ValidatedOptions(configure);
        return builder.AddProposer(() => new NeuralStatementProposer(new NeuralStatementTagger(options)));
    }
}
