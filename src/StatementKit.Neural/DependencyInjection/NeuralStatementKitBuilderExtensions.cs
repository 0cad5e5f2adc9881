using StatementKit.Neural;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the accurate mode to <c>services.AddStatementKit()</c>.</summary>
public static class NeuralStatementKitBuilderExtensions
{
    /// <summary>
    /// Adds the learnt statement tagger as a statement proposer beside the rules; calling it twice adds it once.
    /// The model is loaded when the analyzer is first resolved and released with the service provider.
    /// </summary>
    /// <param name="builder">What <c>AddStatementKit</c> returned.</param>
    /// <param name="configure">Changes to the default tagger options, or null.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IStatementKitBuilder UseNeuralTagger(this IStatementKitBuilder builder, Action<NeuralTaggerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = NeuralTagger.ValidatedOptions(configure);
        return builder.AddProposer(_ => new NeuralStatementProposer(new NeuralStatementTagger(options)));
    }
}
