using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StatementKit;
using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Merging;
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
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStatementProposer, QuoteExtractor>(sp => new QuoteExtractor(sp.GetRequiredService<StatementKitData>())));
        services.TryAddSingleton(sp => StatementAnalyzerBuilder.DefaultMerger(sp.GetRequiredService<StatementKitData>(),
            sp.GetServices<IStatementProposer>().OfType<QuoteExtractor>().FirstOrDefault()));
        services.TryAddSingleton<ISpeakerAttributor>(sp => new SpeakerAttributor(sp.GetRequiredService<StatementKitData>(), sp.GetService<ISpeakerRegistry>()));
        foreach (var rule in StatementAnalyzerBuilder.DefaultRules())
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IReliabilityRule), rule.GetType()));
        }

        services.TryAddSingleton<IStatementAnalyzer>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StatementKitOptions>>().Value.Clone();
            return new StatementAnalyzer(
                sp.GetRequiredService<IDocumentLoader>(),
                new StatementStage([.. sp.GetServices<IStatementProposer>()], sp.GetRequiredService<IStatementMerger>(),
                    new StatementTyper(sp.GetRequiredService<StatementKitData>()), new AuthorVoice(sp.GetRequiredService<StatementKitData>())),
                sp.GetRequiredService<ISpeakerAttributor>(),
                sp.GetServices<IReliabilityRule>(),
                options,
                sp.GetRequiredService<StatementKitData>(),
                sp.GetService<ISpeakerRegistry>());
        });
        return new StatementKitBuilder(services);
    }
}

/// <summary>Adds statement proposers to <c>services.AddStatementKit()</c>.</summary>
public static class StatementKitBuilderExtensions
{
    /// <summary>
    /// Registers a statement proposer as a singleton after those registered before (the built-in rules first); a
    /// second registration of the same type does nothing. The factory runs when the analyzer is first resolved.
    /// </summary>
    /// <param name="builder">What <c>AddStatementKit</c> returned.</param>
    /// <param name="create">Makes the proposer.</param>
    public static IStatementKitBuilder AddProposer<TProposer>(this IStatementKitBuilder builder, Func<IServiceProvider, TProposer> create)
        where TProposer : class, IStatementProposer
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(create);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IStatementProposer, TProposer>(create));
        return builder;
    }

    /// <summary>Leaves out the built-in rules' proposer (other registered proposers still run).</summary>
    /// <param name="builder">What <c>AddStatementKit</c> returned.</param>
    public static IStatementKitBuilder ClearDefaultProposers(this IStatementKitBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(IStatementProposer) && services[i].ImplementationFactory is not null
                && services[i].ImplementationFactory!.Method.ReturnType == typeof(QuoteExtractor))
            {
                services.RemoveAt(i);
            }
        }

        return builder;
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
