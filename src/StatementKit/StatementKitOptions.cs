using StatementKit.Reliability;

namespace StatementKit;

/// <summary>Settings of a <see cref="StatementAnalyzer"/>. Every property documents its default.</summary>
public sealed class StatementKitOptions
{
    /// <summary>Whether speakers are attributed. Turn off to extract statements only, faster. Default: <c>true</c>.</summary>
    public bool AttributeSpeakers { get; set; } = true;

    /// <summary>Whether reliability rules run. Default: <c>true</c>.</summary>
    public bool EvaluateReliability { get; set; } = true;

    /// <summary>
    /// Statements with a lower <see cref="Statement.Confidence"/> (a probability) are left out of the result: a
    /// precision dial, higher for a shorter, more precise list, <c>0</c> to keep every candidate. From 0 to 1.
    /// Default: <c>0.3</c>, the threshold with the best content F1 on PolNeAR train in both modes (fast and with the
    /// neural tagger); below it most statements are wrong. A direct quote with its cue and speaker beside it is kept
    /// whatever its confidence: quoted, attributed words are speech.
    /// </summary>
    public double MinimumConfidence { get; set; } = 0.3;

    /// <summary>
    /// The statement types an analysis returns; others are left out. A quote tracker that counts speech only keeps
    /// <see cref="StatementType.Assertion"/>. Default: all four.
    /// </summary>
    public ISet<StatementType> Types { get; private set; } = new HashSet<StatementType>(Enum.GetValues<StatementType>());

    /// <summary>Codes of reliability rules that must not run (for example <c>no-direct-quotes</c>). Default: empty.</summary>
    public ISet<string> DisabledRules { get; private set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>A severity to report instead of a rule's own, by flag code. Default: empty.</summary>
    public IDictionary<string, FlagSeverity> SeverityOverrides { get; private set; } = new Dictionary<string, FlagSeverity>(StringComparer.Ordinal);

    /// <summary>
    /// Points taken off the score of 100 for each flag of a severity. Defaults: info 2, warning 15, critical 40.
    /// The level is <see cref="ReliabilityLevel.High"/> from 80, <see cref="ReliabilityLevel.Medium"/> from 50, else low;
    /// an article without statements is <see cref="ReliabilityLevel.Unknown"/> rather than high.
    /// </summary>
    public IDictionary<FlagSeverity, int> SeverityPenalties { get; private set; } = new Dictionary<FlagSeverity, int>
    {
        [FlagSeverity.Info] = 2,
        [FlagSeverity.Warning] = 15,
        [FlagSeverity.Critical] = 40,
    };

    /// <summary>
    /// A folder whose data files replace the embedded ones of the same name (<c>cue-verbs.tsv</c>, <c>titles.tsv</c>,
    /// <c>first-names.tsv</c>, <c>state-media.tsv</c>, …; see the package README). Default: <c>null</c> (embedded data only).
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>Extra speech verbs, each an inflected form ("grumbled"). Default: empty.</summary>
    public IList<string> AdditionalCueVerbs { get; private set; } = new List<string>();

    /// <summary>Extra first names with their gender, taking precedence over the embedded lexicon. Default: empty.</summary>
    public IDictionary<string, Gender> AdditionalFirstNames { get; private set; } = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra outlet names to treat as state-controlled media. Default: empty.</summary>
    public IList<string> AdditionalStateMediaOutlets { get; private set; } = new List<string>();

    /// <summary>
    /// The longest input read, in characters (UTF-16 code units, text or HTML); a longer one is cut and the analysis
    /// carries the info flag <c>input-truncated</c>. Default: 16,777,216 (16 Mi characters, 32 MB in memory).
    /// </summary>
    public int MaxInputCharacters { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// The deepest element nesting of an HTML page handed to the parser; start tags deeper than this are left out
    /// (their text is kept) and the analysis carries <c>input-truncated</c>. Browsers' parsers stop at 512; real news
    /// pages stay under 100. Default: 256.
    /// </summary>
    public int MaxHtmlDepth { get; set; } = 256;

    /// <summary>
    /// The most elements of an HTML page handed to the parser; the page is cut before the next start tag and the
    /// analysis carries <c>input-truncated</c>. Real news pages hold a few thousand; past about 100,000 a parsed page
    /// outgrows the processor's caches and reading slows more than in proportion. Default: 100,000.
    /// </summary>
    public int MaxHtmlElements { get; set; } = 100_000;

    /// <summary>
    /// The most statements an analysis returns (the first in document order); beyond it the analysis carries
    /// <c>input-truncated</c>. Default: 10,000.
    /// </summary>
    public int MaxStatements { get; set; } = 10_000;

    /// <summary>
    /// A deep copy, so that changing the options later never changes a built analyzer: the one place options are
    /// copied (the builder and dependency injection both use it; a reflection test checks that every property is).
    /// </summary>
    internal StatementKitOptions Clone()
    {
        var copy = (StatementKitOptions)MemberwiseClone();
        copy.Types = new HashSet<StatementType>(Types);
        copy.DisabledRules = new HashSet<string>(DisabledRules, StringComparer.Ordinal);
        copy.SeverityOverrides = new Dictionary<string, FlagSeverity>(SeverityOverrides, StringComparer.Ordinal);
        copy.SeverityPenalties = new Dictionary<FlagSeverity, int>(SeverityPenalties);
        copy.AdditionalCueVerbs = new List<string>(AdditionalCueVerbs);
        copy.AdditionalFirstNames = new Dictionary<string, Gender>(AdditionalFirstNames, StringComparer.OrdinalIgnoreCase);
        copy.AdditionalStateMediaOutlets = new List<string>(AdditionalStateMediaOutlets);
        return copy;
    }

    internal bool HasDataCustomisations =>
        DataDirectory is not null || AdditionalCueVerbs.Count > 0 || AdditionalFirstNames.Count > 0 || AdditionalStateMediaOutlets.Count > 0;

    /// <summary>The problems that make these options unusable; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (double.IsNaN(MinimumConfidence) || MinimumConfidence < 0 || MinimumConfidence > 1)
        {
            problems.Add($"{nameof(MinimumConfidence)} must be between 0 and 1; it is {MinimumConfidence}.");
        }

        foreach (var (name, value) in new[] { (nameof(MaxInputCharacters), MaxInputCharacters), (nameof(MaxHtmlDepth), MaxHtmlDepth), (nameof(MaxHtmlElements), MaxHtmlElements), (nameof(MaxStatements), MaxStatements) })
        {
            if (value < 1)
            {
                problems.Add($"{name} must be at least 1; it is {value}.");
            }
        }

        if (Types.Count == 0)
        {
            problems.Add($"{nameof(Types)} must hold at least one statement type.");
        }

        if (DataDirectory is not null && !Directory.Exists(DataDirectory))
        {
            problems.Add($"{nameof(DataDirectory)} '{DataDirectory}' does not exist.");
        }

        foreach (var (severity, penalty) in SeverityPenalties)
        {
            if (penalty is < 0 or > 100)
            {
                problems.Add($"The penalty for {severity} must be between 0 and 100; it is {penalty}.");
            }
        }

        return problems;
    }
}
