using StatementKit.Cli.Reports;

namespace StatementKit.Cli.Analysis;

/// <summary>What <c>analyze</c> was asked to do, as parsed from its options.</summary>
internal sealed record AnalyzeSettings
{
    /// <summary>The default of <c>--max-size</c>, in megabytes (MiB).</summary>
    public const int DefaultMaximumMegabytes = 16;

    public required IReadOnlyList<string> Paths { get; init; }

    public ReportFormat Format { get; init; } = ReportFormat.Table;

    public AnalysisMode Mode { get; init; } = AnalysisMode.Accurate;

    public bool Recursive { get; init; }

    public bool IncludeText { get; init; }

    public double MinimumConfidence { get; init; } = new StatementKitOptions().MinimumConfidence;

    /// <summary>The statement types reported (<c>--types</c>); all by default.</summary>
    public IReadOnlySet<StatementType> Types { get; init; } = new HashSet<StatementType>(Enum.GetValues<StatementType>());

    public long MaximumBytes { get; init; } = DefaultMaximumMegabytes * 1024L * 1024;
}
