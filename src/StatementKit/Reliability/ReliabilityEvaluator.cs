namespace StatementKit.Reliability;

/// <summary>Runs the enabled rules, applies severity overrides and derives the score and level.</summary>
internal sealed class ReliabilityEvaluator
{
    private const int HighFrom = 80;
    private const int MediumFrom = 50;
    private readonly IReadOnlyList<IReliabilityRule> rules;
    private readonly StatementKitOptions options;

    public ReliabilityEvaluator(IEnumerable<IReliabilityRule> rules, StatementKitOptions options)
    {
        this.options = options;
        this.rules = rules.Where(r => !options.DisabledRules.Contains(r.Code)).ToList();
    }

    /// <summary>The report of the rules, with the flags the pipeline itself raised (such as <c>input-truncated</c>).</summary>
    public ReliabilityReport Evaluate(ReliabilityContext context, IReadOnlyList<ReliabilityFlag> pipelineFlags, bool runRules = true)
    {
        var flags = new List<ReliabilityFlag>();
        foreach (var flag in pipelineFlags)
        {
            if (!options.DisabledRules.Contains(flag.Code))
            {
                flags.Add(options.SeverityOverrides.TryGetValue(flag.Code, out var severity) ? flag with { Severity = severity } : flag);
            }
        }

        foreach (var rule in runRules ? rules : [])
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var flag in rule.Evaluate(context))
            {
                flags.Add(options.SeverityOverrides.TryGetValue(flag.Code, out var severity) ? flag with { Severity = severity } : flag);
            }
        }

        flags.Sort(static (a, b) =>
        {
            var byPosition = FirstEvidence(a).CompareTo(FirstEvidence(b));
            return byPosition != 0 ? byPosition : string.CompareOrdinal(a.Code, b.Code);
        });
        var score = 100;
        foreach (var flag in flags)
        {
            score -= options.SeverityPenalties.TryGetValue(flag.Severity, out var penalty) ? penalty : 0;
        }

        score = Math.Max(0, score);
        return new ReliabilityReport
        {
            Flags = flags,
            AttributionChain = rules.Count == 0 || !runRules ? [] : Rules.AttributionChain.Build(context),
            Score = score,
            Level = LevelOf(score, runRules ? context.Statements.Count : 0), // not evaluated: nothing assessed, unless a pipeline flag lowers it
        };
    }

    /// <summary>
    /// The band the score falls in. Without statements a clean score says nothing: there is no sourcing to trust, so
    /// the level is unknown; flags that lower the score still give medium or low, because they are findings.
    /// </summary>
    internal static ReliabilityLevel LevelOf(int score, int statementCount) => score switch
    {
        >= HighFrom when statementCount == 0 => ReliabilityLevel.Unknown,
        >= HighFrom => ReliabilityLevel.High,
        >= MediumFrom => ReliabilityLevel.Medium,
        _ => ReliabilityLevel.Low,
    };

    private static int FirstEvidence(ReliabilityFlag flag) => flag.Evidence.Count == 0 ? int.MaxValue : flag.Evidence.Min(e => e.Start);
}
