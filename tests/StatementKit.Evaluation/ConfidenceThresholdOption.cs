namespace StatementKit.Evaluation;

/// <summary><c>--min-confidence</c>, for both modes.</summary>
internal static class ConfidenceThresholdOption
{
    /// <summary>
    /// Sets <c>--min-confidence</c> where given. Otherwise the library's default threshold holds, which is a
    /// probability; uncalibrated confidences (fitting the calibration) are not, so then every statement is kept.
    /// </summary>
    public static void Apply(StatementKitOptions options, double? minimumConfidence, bool calibrate) =>
        options.MinimumConfidence = minimumConfidence ?? (calibrate ? options.MinimumConfidence : 0);
}
