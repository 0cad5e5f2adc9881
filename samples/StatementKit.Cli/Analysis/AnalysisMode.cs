namespace StatementKit.Cli.Analysis;

/// <summary>Which analyzer a run uses (<c>--mode</c>).</summary>
internal enum AnalysisMode
{
    /// <summary>The rules alone (the core package): about 40 times faster.</summary>
    Fast,

    /// <summary>The rules with the learnt statement tagger (StatementKit.Neural): more statements found, reported speech above all.</summary>
    Accurate,
}
