namespace StatementKit.Reliability;

/// <summary>How serious a reliability flag is.</summary>
public enum FlagSeverity
{
    /// <summary>Worth knowing; not a problem in itself.</summary>
    Info,

    /// <summary>A reason to check the article's sourcing before relying on it.</summary>
    Warning,

    /// <summary>A strong sign that the article misrepresents its sources.</summary>
    Critical,
}

/// <summary>How far an article's sourcing can be trusted, summarised from its flags.</summary>
public enum ReliabilityLevel
{
    /// <summary>No or only informational flags.</summary>
    High,

    /// <summary>Some warnings.</summary>
    Medium,

    /// <summary>Serious problems.</summary>
    Low,

    /// <summary>
    /// Nothing to assess: the article reports no statement and no flag lowers its score (an empty page, a list of
    /// links), or reliability was not evaluated. Trust cannot be high where nobody is quoted.
    /// </summary>
    Unknown,
}

/// <summary>One explainable finding about an article's sourcing.</summary>
/// <param name="Code">A stable kebab-case code such as <c>state-media-origin</c>.</param>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Message">One sentence a reporter would understand.</param>
/// <param name="Evidence">The words in the text that support the finding.</param>
public sealed record ReliabilityFlag(string Code, FlagSeverity Severity, string Message, IReadOnlyList<TextExcerpt> Evidence);

/// <summary>The flags raised for an article and the assessment derived from them.</summary>
public sealed record ReliabilityReport
{
    /// <summary>Flags in a stable order: by the position of their first evidence, then by code.</summary>
    public required IReadOnlyList<ReliabilityFlag> Flags { get; init; }

    /// <summary>The outlets the article relays, nearest to the speaker first (interview venue, then each relay).</summary>
    public required IReadOnlyList<string> AttributionChain { get; init; }

    /// <summary>100 minus the configured penalty of each flag, never below 0 (see <see cref="StatementKitOptions.SeverityPenalties"/>).</summary>
    public required int Score { get; init; }

    /// <summary>
    /// The level that <see cref="Score"/> falls in; <see cref="ReliabilityLevel.Unknown"/> instead of
    /// <see cref="ReliabilityLevel.High"/> when the article has no statement to assess.
    /// </summary>
    public required ReliabilityLevel Level { get; init; }
}
