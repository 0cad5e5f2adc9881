using StatementKit.Neural;
using StatementKit.Pipeline;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the accurate mode to <c>services.AddStatementKit()</c>.</summary>
public static class NeuralStatementKitBuilderExtensions
{
    /// <summary>
    /// Decorates the registered <see cref="IQuoteExtractor"/> (the rules, or one registered before
    /// <c>AddStatementKit</c>) with the learnt statement tagger; calling it twice adds it once.
    /// The model is loaded when the analyzer is first resolved and released with the service provider.
    /// </summary>
    /// <param name="builder">What <c>AddStatementKit</c> returned.</param>
    /// <param name="configure">Changes to the default tagger options, or null.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IStatementKitBuilder UseNeuralTagger(this IStatementKitBuilder builder, Action<NeuralTaggerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(NeuralTaggerMarker)))
        {
            return builder;
        }

        var options = NeuralTagger.ValidatedOptions(configure);
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(IQuoteExtractor))
            ?? throw new InvalidOperationException("Call AddStatementKit() before UseNeuralTagger().");
        services.Remove(inner);
        services.AddSingleton<NeuralTaggerMarker>();
        services.AddSingleton<IQuoteExtractor>(sp => new NeuralQuoteExtractor(Create(sp, inner), new NeuralStatementTagger(options), options));
        return builder;
    }

    private static IQuoteExtractor Create(IServiceProvider provider, ServiceDescriptor descriptor) => descriptor switch
    {
        { ImplementationInstance: IQuoteExtractor instance } => instance,
        { ImplementationFactory: { } factory } => (IQuoteExtractor)factory(provider),
        { ImplementationType: { } type } => (IQuoteExtractor)ActivatorUtilities.CreateInstance(provider, type),
        _ => throw new InvalidOperationException("The registered IQuoteExtractor cannot be decorated (keyed or unsupported registration)."),
    };

    /// <summary>Registered once, so a second <c>UseNeuralTagger()</c> does nothing.</summary>
    private sealed class NeuralTaggerMarker;
}
