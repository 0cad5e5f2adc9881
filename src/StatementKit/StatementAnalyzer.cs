using StatementKit.Data;
using StatementKit.Merging;
using StatementKit.Pipeline;
using StatementKit.Reliability;
using StatementKit.Speakers;

namespace StatementKit;

/// <summary>
/// The default <see cref="IStatementAnalyzer"/>: load → propose and merge statements → attribute speakers → evaluate reliability.
/// Create one with <see cref="CreateDefault"/>, a <see cref="StatementAnalyzerBuilder"/>, or <c>services.AddStatementKit()</c>.
/// Immutable once built and safe to share between threads.
/// </summary>
public sealed class StatementAnalyzer : IStatementAnalyzer
{
    private readonly IDocumentLoader loader;
    private readonly StatementStage statements;
    private readonly ISpeakerAttributor attributor;
    private readonly ReliabilityEvaluator evaluator;
    private readonly StatementKitOptions options;
    private readonly StatementKitData data;
    private readonly ISpeakerRegistry? registry;
    private readonly ConfidenceCalibrator calibrator;

    internal StatementAnalyzer(IDocumentLoader loader, StatementStage statements, ISpeakerAttributor attributor,
        IEnumerable<IReliabilityRule> rules, StatementKitOptions options, StatementKitData data, ISpeakerRegistry? registry, bool calibrate = true)
    {
        this.loader = loader;
        this.statements = statements;
        this.attributor = attributor;
        this.options = options;
        this.data = data;
        this.registry = registry;
        evaluator = new ReliabilityEvaluator(rules, options);
        calibrator = calibrate
            ? ConfidenceCalibrator.For(data.Calibration, statements.Proposers.Select(p => p.Name), statements.Merger, attributor)
            : ConfidenceCalibrator.None;
    }

    /// <summary>An analyzer with the default stages and rules.</summary>
    /// <param name="configure">Changes to the default options, or null.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static StatementAnalyzer CreateDefault(Action<StatementKitOptions>? configure = null)
    {
        var builder = new StatementAnalyzerBuilder();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        return builder.Build();
    }

    /// <summary>The statement proposers, in the order they run.</summary>
    internal IReadOnlyList<IStatementProposer> Proposers => statements.Proposers;

    /// <summary>The speaker registry this analyzer reads and records to, if any.</summary>
    internal ISpeakerRegistry? Registry => registry;

    /// <inheritdoc />
    /// <remarks>With a speaker registry, the article reads the registry as it is now and is recorded in it afterwards.</remarks>
    public ArticleAnalysis Analyze(Article article, CancellationToken cancellationToken = default)
    {
        var analysis = AnalyzeWithoutRecording(article, cancellationToken);
        registry?.Record(analysis);
        return analysis;
    }

    /// <summary>Analyses an article, reading the speaker registry but not recording the article in it (batches record by rounds).</summary>
    internal ArticleAnalysis AnalyzeWithoutRecording(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();

        var document = loader.Load(article, cancellationToken);
        // Calibrated before the threshold: MinimumConfidence is a probability.
        var candidates = ConfidenceThreshold.Apply(calibrator.Statements(statements.Propose(document, cancellationToken), cancellationToken), options.MinimumConfidence);
        candidates.RemoveAll(c => !options.Types.Contains(c.Type ?? StatementType.Assertion));
        var limitsReached = document.LimitsReached.ToList();
        if (candidates.Count > options.MaxStatements)
        {
            limitsReached.Add($"only the first {options.MaxStatements} of {candidates.Count} statements were kept ({nameof(StatementKitOptions.MaxStatements)})");
            candidates.RemoveRange(options.MaxStatements, candidates.Count - options.MaxStatements);
        }

        var attribution = options.AttributeSpeakers
            ? calibrator.Speakers(attributor.Attribute(document, candidates, cancellationToken))
            : Unattributed(document, candidates);
        IReadOnlyList<ReliabilityFlag> pipelineFlags = limitsReached.Count == 0 ? [] : [InputTruncated(limitsReached)];
        var reliability = evaluator.Evaluate(new ReliabilityContext(document, attribution.Statements, attribution.Entities, data, cancellationToken),
            pipelineFlags, runRules: options.EvaluateReliability);

        return new ArticleAnalysis
        {
            Text = document.Text,
            Metadata = document.Metadata,
            Statements = attribution.Statements,
            Entities = attribution.Entities,
            Reliability = reliability,
            SourceMap = document.Source,
            RemovedBlocks = document.RemovedBlocks,
        };
    }

    /// <summary>The info flag that says the analysis covers only part of the input, and which limits cut it.</summary>
    internal static ReliabilityFlag InputTruncated(IReadOnlyList<string> limitsReached) =>
        new("input-truncated", FlagSeverity.Info, "The input exceeded a limit and was analysed in part: " + string.Join("; ", limitsReached) + ".", []);

    private static SpeakerAttributionResult Unattributed(AnalysisDocument document, IReadOnlyList<QuoteCandidate> candidates) =>
        new(candidates.Select(c => StatementFactory.Create(document, c, speaker: null)).ToList(), []);
}
