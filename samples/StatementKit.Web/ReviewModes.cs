namespace StatementKit.Web;

/// <summary>
/// The analyses the page offers: <c>fast</c> (the rules, the analyzer registered with <c>AddStatementKit</c>) always,
/// and <c>accurate</c> (the rules with the learnt tagger, the CLI's default) when the StatementKit.Neural package is
/// beside the app. The page lets the reader choose and every answer says which mode ran, so that the page and the CLI
/// never differ on one article without saying why.
/// </summary>
internal sealed class ReviewModes
{
    public const string Fast = "fast", Accurate = "accurate";

    private readonly IStatementAnalyzer fast;
    private readonly Lazy<IStatementAnalyzer>? accurate;

    public ReviewModes(IStatementAnalyzer fast, bool neuralPresent)
    {
        this.fast = fast;
        // Built on first use: the model loads once, and a page used only in the fast mode never pays for it.
        accurate = neuralPresent ? new Lazy<IStatementAnalyzer>(() => new StatementAnalyzerBuilder().UseNeuralTagger().Build()) : null;
    }

    /// <summary>The modes on offer, the default first.</summary>
    public IReadOnlyList<string> Names => accurate is null ? [Fast] : [Accurate, Fast];

    /// <summary>The default mode: the CLI's (accurate) when it is on offer.</summary>
    public string Default => Names[0];

    /// <summary>Whether StatementKit.Neural's assembly is beside the app.</summary>
    public static bool NeuralIsPresent() => File.Exists(Path.Combine(AppContext.BaseDirectory, "StatementKit.Neural.dll"));

    /// <summary>The analyzer of a mode, or null when that mode is not on offer.</summary>
    public IStatementAnalyzer? For(string mode) => mode switch
    {
        Fast => fast,
        Accurate => accurate?.Value,
        _ => null,
    };
}
