using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Pipeline;
using StatementKit.Quotes;
using StatementKit.Reliability;
using StatementKit.Reliability.Rules;
using StatementKit.Speakers;

namespace StatementKit;

/// <summary>
/// Builds a <see cref="StatementAnalyzer"/> without dependency injection: replace a stage, add or remove rules,
/// change options. The builder is mutable; the analyzer it builds is not.
/// </summary>
public sealed class StatementAnalyzerBuilder
{
    private readonly StatementKitOptions options = new();
    private readonly List<IReliabilityRule> extraRules = [];
    private Func<IDocumentLoader>? loader;
    private Func<IQuoteExtractor>? extractor;
    private readonly List<Func<IQuoteExtractor, IQuoteExtractor>> extractorDecorators = [];
    private Func<ISpeakerAttributor>? attributor;
    private ISpeakerRegistry? registry;
    private bool defaultRules = true;

    /// <summary>Changes the options.</summary>
    public StatementAnalyzerBuilder Configure(Action<StatementKitOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(options);
        return this;
    }

    /// <summary>Replaces the document loader.</summary>
    public StatementAnalyzerBuilder UseDocumentLoader(IDocumentLoader documentLoader)
    {
        ArgumentNullException.ThrowIfNull(documentLoader);
        loader = () => documentLoader;
        return this;
    }

    /// <summary>Replaces the quote extractor.</summary>
    public StatementAnalyzerBuilder UseQuoteExtractor(IQuoteExtractor quoteExtractor)
    {
        ArgumentNullException.ThrowIfNull(quoteExtractor);
        extractor = () => quoteExtractor;
        return this;
    }

    /// <summary>
    /// Wraps the quote extractor the analyzer would otherwise use (the built-in rules, or the one given to
    /// <see cref="UseQuoteExtractor"/>) in another one, so an optional package can combine its statements with the
    /// rules' (the accurate mode's <c>UseNeuralTagger()</c> does). Decorators apply in the order they were added.
    /// </summary>
    public StatementAnalyzerBuilder DecorateQuoteExtractor(Func<IQuoteExtractor, IQuoteExtractor> decorate)
    {
        ArgumentNullException.ThrowIfNull(decorate);
        extractorDecorators.Add(decorate);
        return this;
    }

    /// <summary>Replaces the speaker attributor.</summary>
    public StatementAnalyzerBuilder UseSpeakerAttributor(ISpeakerAttributor speakerAttributor)
    {
        ArgumentNullException.ThrowIfNull(speakerAttributor);
        attributor = () => speakerAttributor;
        return this;
    }

    /// <summary>Shares speaker knowledge (gender evidence) across the articles this analyzer reads.</summary>
    public StatementAnalyzerBuilder UseSpeakerRegistry(ISpeakerRegistry speakerRegistry)
    {
        ArgumentNullException.ThrowIfNull(speakerRegistry);
        registry = speakerRegistry;
        return this;
    }

    /// <summary>Adds a reliability rule after the built-in ones.</summary>
    public StatementAnalyzerBuilder AddRule(IReliabilityRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        extraRules.Add(rule);
        return this;
    }

    /// <summary>Leaves out the built-in reliability rules (rules added with <see cref="AddRule"/> still run).</summary>
    public StatementAnalyzerBuilder ClearDefaultRules()
    {
        defaultRules = false;
        return this;
    }

    /// <summary>Builds the analyzer.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public StatementAnalyzer Build()
    {
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid StatementKit options: " + string.Join(" ", problems));
        }

        var data = StatementKitData.For(options);
        var rules = (defaultRules ? DefaultRules() : []).Concat(extraRules).ToList();
        var quoteExtractor = extractor?.Invoke() ?? new QuoteExtractor(data);
        foreach (var decorate in extractorDecorators)
        {
            quoteExtractor = decorate(quoteExtractor) ?? throw new InvalidOperationException("A quote extractor decorator returned null.");
        }

        return new StatementAnalyzer(
            loader?.Invoke() ?? new DocumentLoader(data, InputLimits.From(options)),
            quoteExtractor,
            attributor?.Invoke() ?? new SpeakerAttributor(data, registry),
            rules,
            Snapshot(options),
            data,
            registry);
    }

    /// <summary>The built-in rules, in the order their flags are computed.</summary>
    internal static IReliabilityRule[] DefaultRules() =>
    [
        new PronounGenderConflictRule(),
        new StateMediaOriginRule(),
        new SecondhandAttributionRule(),
        new FakeAuthorBioRule(),
        new ContentFarmChromeRule(),
        new NoDirectQuotesRule(),
        new InconsistentPlaceNamesRule(),
    ];

    /// <summary>A copy, so that changing the builder later never changes a built analyzer.</summary>
    internal static StatementKitOptions Snapshot(StatementKitOptions source)
    {
        var copy = new StatementKitOptions
        {
            AttributeSpeakers = source.AttributeSpeakers,
            EvaluateReliability = source.EvaluateReliability,
            MinimumConfidence = source.MinimumConfidence,
            DataDirectory = source.DataDirectory,
            MaxInputCharacters = source.MaxInputCharacters,
            MaxHtmlDepth = source.MaxHtmlDepth,
            MaxHtmlElements = source.MaxHtmlElements,
            MaxStatements = source.MaxStatements,
        };
        copy.DisabledRules.UnionWith(source.DisabledRules);
        foreach (var (code, severity) in source.SeverityOverrides)
        {
            copy.SeverityOverrides[code] = severity;
        }

        foreach (var (severity, penalty) in source.SeverityPenalties)
        {
            copy.SeverityPenalties[severity] = penalty;
        }

        foreach (var verb in source.AdditionalCueVerbs)
        {
            copy.AdditionalCueVerbs.Add(verb);
        }

        foreach (var (name, gender) in source.AdditionalFirstNames)
        {
            copy.AdditionalFirstNames[name] = gender;
        }

        foreach (var outlet in source.AdditionalStateMediaOutlets)
        {
            copy.AdditionalStateMediaOutlets.Add(outlet);
        }

        return copy;
    }
}
