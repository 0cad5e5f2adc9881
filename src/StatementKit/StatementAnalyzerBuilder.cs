using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Merging;
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
    private readonly List<(Type Type, Func<IStatementProposer> Create)> proposers = [];
    private IStatementMerger? merger;
    private bool calibrate = true;
    private bool defaultProposer = true;
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

    /// <summary>
    /// Adds a statement proposer after the built-in rules and the proposers added before it; the factory runs once,
    /// in <see cref="Build"/> (so a model loads there). Adding a proposer of a type already added does nothing, so an
    /// optional package's <c>UseSomething()</c> may be called twice.
    /// </summary>
    public StatementAnalyzerBuilder AddProposer<TProposer>(Func<TProposer> create)
        where TProposer : class, IStatementProposer
    {
        ArgumentNullException.ThrowIfNull(create);
        if (!HasProposer<TProposer>())
        {
            proposers.Add((typeof(TProposer), create));
        }

        return this;
    }

    /// <summary>Adds a statement proposer, unless one of the same type was added (see <see cref="AddProposer{TProposer}(Func{TProposer})"/>).</summary>
    public StatementAnalyzerBuilder AddProposer(IStatementProposer proposer)
    {
        ArgumentNullException.ThrowIfNull(proposer);
        if (!proposers.Exists(p => p.Type == proposer.GetType()))
        {
            proposers.Add((proposer.GetType(), () => proposer));
        }

        return this;
    }

    /// <summary>Whether a proposer of type <typeparamref name="TProposer"/> was added.</summary>
    public bool HasProposer<TProposer>()
        where TProposer : class, IStatementProposer => proposers.Exists(p => p.Type == typeof(TProposer));

    /// <summary>Leaves out the built-in rules' proposer (proposers added with <see cref="AddProposer{TProposer}(Func{TProposer})"/> still run).</summary>
    public StatementAnalyzerBuilder ClearDefaultProposers()
    {
        defaultProposer = false;
        return this;
    }

    /// <summary>Replaces the merger that makes one list of the proposers' statements.</summary>
    public StatementAnalyzerBuilder UseStatementMerger(IStatementMerger statementMerger)
    {
        ArgumentNullException.ThrowIfNull(statementMerger);
        merger = statementMerger;
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
        var reliabilityRules = (defaultRules ? DefaultRules() : []).Concat(extraRules).ToList();
        var rules = defaultProposer ? new QuoteExtractor(data) : null;
        var stageProposers = new List<IStatementProposer>(proposers.Count + 1);
        if (rules is not null)
        {
            stageProposers.Add(rules);
        }

        foreach (var (type, create) in proposers)
        {
            stageProposers.Add(create() ?? throw new InvalidOperationException($"The factory of the proposer {type.Name} returned null."));
        }

        var stage = new StatementStage(stageProposers, merger ?? DefaultMerger(data, rules), new StatementTyper(data), new AuthorVoice(data));
        return new StatementAnalyzer(
            loader?.Invoke() ?? new DocumentLoader(data, InputLimits.From(options)),
            stage,
            attributor?.Invoke() ?? new SpeakerAttributor(data, registry),
            reliabilityRules,
            options.Clone(),
            data,
            registry,
            calibrate);
    }

    /// <summary>Keeps the proposers' and the attributor's own confidences (the evaluation tool fits calibration on them).</summary>
    internal StatementAnalyzerBuilder WithoutCalibration()
    {
        calibrate = false;
        return this;
    }

    /// <summary>The default merger, reading speakers from cues with the analyzer's own lexicons (the rules' reader when they run).</summary>
    internal static IStatementMerger DefaultMerger(StatementKitData data, QuoteExtractor? rules) =>
        new EvidenceMerger(new SpeakerReconciler(rules?.CueSpeakers ?? new CueSpeakerReader(data)));

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
}
