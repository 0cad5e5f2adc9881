namespace StatementKit.Learning;

/// <summary>
/// The calibration curves shipped in <c>calibration.tsv</c>, by profile (the names of the proposers that ran, in order,
/// joined by <c>+</c>: <c>rules</c>, <c>rules+tagger</c>) and measure (<c>statement</c>: is this a real attribution
/// with the right span; <c>speaker</c>: is this the right speaker). A profile the file does not hold (an analyzer
/// with proposers of its own) gets no curve: its confidences are the proposers' own. Immutable and thread-safe.
/// </summary>
internal sealed class CalibrationTable
{
    /// <summary>The measure of statement confidence.</summary>
    public const string Statement = "statement";

    /// <summary>The measure of speaker confidence.</summary>
    public const string Speaker = "speaker";

    private readonly Dictionary<(string Profile, string Measure), CalibrationCurve> curves;

    private CalibrationTable(Dictionary<(string Profile, string Measure), CalibrationCurve> curves) => this.curves = curves;

    /// <summary>A table with no curves.</summary>
    public static CalibrationTable Empty { get; } = new([]);

    /// <summary>The profile of an analyzer whose proposers have these names, in the order they run.</summary>
    public static string Profile(IEnumerable<string> proposerNames) => string.Join('+', proposerNames);

    /// <summary>The curve for a profile and measure, or null.</summary>
    public CalibrationCurve? Find(string profile, string measure) => curves.GetValueOrDefault((profile, measure));

    /// <summary>Reads <c>profile TAB measure TAB raw TAB probability</c> rows; a curve whose knots do not increase is left out.</summary>
    public static CalibrationTable FromRows(IEnumerable<string[]> rows)
    {
        var curves = new Dictionary<(string Profile, string Measure), CalibrationCurve>();
        foreach (var group in rows.Where(r => r.Length >= 4).GroupBy(r => (r[0], r[1])))
        {
            if (CalibrationCurve.FromKnots(group.Select(r => (r[2], r[3]))) is { } curve)
            {
                curves[group.Key] = curve;
            }
        }

        return curves.Count == 0 ? Empty : new CalibrationTable(curves);
    }
}
