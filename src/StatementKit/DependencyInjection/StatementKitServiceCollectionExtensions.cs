using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StatementKit;
using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Pipeline;
using StatementKit.Quotes;
using StatementKit.Reliability;
using StatementKit.Speakers;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers StatementKit with a service collection.</summary>
public static class StatementKitServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IStatementAnalyzer"/> and its default stages and reliability rules as singletons. Every
    /// registration uses TryAdd, so stages registered before this call replace the defaults, and rules registered
    /// with <c>TryAddEnumerable</c> join the built-in ones. Options are validated on first use (and at start-up in a host).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default options, or null.</param>
    /// <returns>A builder to add optional parts to (a shared speaker registry, another tagger); its
    /// <see cref="IStatementKitBuilder.Services"/> is <paramref name="services"/>.</returns>
    public static IStatementKitBuilder AddStatementKit(this IServiceCollection services, Action<StatementKitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var optionsBuilder = services.AddOptionsWithValidateOnStart<StatementKitOptions>();
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StatementKitOptions>, StatementKitOptionsValidator>());
        services.TryAddSingleton(sp => StatementKitData.For(sp.GetRequiredService<IOptions<StatementKitOptions>>().Value));
        services.TryAddSingleton<IDocumentLoader>(sp => new DocumentLoader(sp.GetRequiredService<StatementKitData>(),
            InputLimits.From(sp.GetRequiredService<IOptions<StatementKitOptions>>().Value)));
        services.TryAddSingleton<IQuoteExtractor>(sp => new QuoteExtractor(sp.GetRequiredService<StatementKitData>()));
        services.TryAddSingleton<ISpeakerAttributor>(sp => new SpeakerAttributor(sp.GetRequiredService<StatementKitData>(), sp.GetService<ISpeakerRegistry>()));
        foreach (var rule in StatementAnalyzerBuilder.DefaultRules())
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IReliabilityRule), rule.GetType()));
        }

        services.TryAddSingleton<IStatementAnalyzer>(sp =>
        {
            var options = StatementAnalyzerBuilder.Snapshot(sp.GetRequiredService<IOptions<StatementKitOptions>>().Value);
            return new StatementAnalyzer(
                sp.GetRequiredService<IDocumentLoader>(),
                sp.GetRequiredService<IQuoteExtractor>(),
                sp.GetRequiredService<ISpeakerAttributor>(),
                sp.GetServices<IReliabilityRule>(),
                options,
                sp.GetRequiredService<StatementKitData>(),
                sp.GetService<ISpeakerRegistry>());
        });
        return new StatementKitBuilder(services);
    }
}

/// <summary>
/// Returned by <c>AddStatementKit</c>: the place where optional packages add their parts
/// (<c>services.AddStatementKit().UseSomething()</c>), as <c>AddHttpClient</c> returns an <c>IHttpClientBuilder</c>.
/// </summary>
public interface IStatementKitBuilder
{
    /// <summary>The service collection StatementKit was added to.</summary>
    IServiceCollection Services { get; }
}

internal sealed class StatementKitBuilder(IServiceCollection services) : IStatementKitBuilder
{
    public IServiceCollection Services { get; } = services;
}

/// <summary>Validates <see cref="StatementKitOptions"/> for the options system.</summary>
internal sealed class StatementKitOptionsValidator : IValidateOptions<StatementKitOptions>
{
    public ValidateOptionsResult Validate(string? name, StatementKitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
