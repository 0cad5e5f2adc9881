using StatementKit.Learning;
using StatementKit.Pipeline;
using StatementKit.Speakers;

namespace StatementKit.Merging;

/// <summary>
/// Turns the proposers' and the attributor's confidences into probabilities: a statement's confidence becomes the
/// probability that it is an attribution an annotator marks, with the right span (a curve per kind of statement); a
/// speaker's, the probability that the speaker is the right one. The curves were fitted on annotated news for one
/// profile of proposers (<see cref="CalibrationTable"/>), with the built-in merger and attributor: an analyzer with
/// another merger, attributor or proposers keeps the confidences it was given. Thread-safe.
/// </summary>
internal sealed class ConfidenceCalibrator
{
    private readonly CalibrationCurve?[] statementCurves;
    private readonly CalibrationCurve? speakerCurve;

    private ConfidenceCalibrator(CalibrationCurve?[] statementCurves, CalibrationCurve? speakerCurve)
    {
        this.statementCurves = statementCurves;
        this.speakerCurve = speakerCurve;
    }

    /// <summary>Leaves every confidence as given.</summary>
    public static ConfidenceCalibrator None { get; } = new(new CalibrationCurve?[3], null);

    /// <summary>The measure name of a statement kind's curve in <c>calibration.tsv</c>.</summary>
    public static string StatementMeasure(StatementKind kind) => kind switch
    {
        StatementKind.Direct => CalibrationTable.Statement + ".direct",
        StatementKind.Partial => CalibrationTable.Statement + ".partial",
        _ => CalibrationTable.Statement + ".indirect",
    };

    /// <summary>The calibrator for an analyzer made of these parts.</summary>
    public static ConfidenceCalibrator For(CalibrationTable table, IEnumerable<string> proposerNames, IStatementMerger merger, ISpeakerAttributor attributor)
    {
        if (merger is not EvidenceMerger)
        {
            return None;
        }

        var profile = CalibrationTable.Profile(proposerNames);
        var statementCurves = Enum.GetValues<StatementKind>().Select(kind => table.Find(profile, StatementMeasure(kind))).ToArray();
        var speakerCurve = attributor is SpeakerAttributor ? table.Find(profile, CalibrationTable.Speaker) : null;
        return statementCurves.All(c => c is null) && speakerCurve is null ? None : new ConfidenceCalibrator(statementCurves, speakerCurve);
    }

    /// <summary>The candidates with their confidence as a probability.</summary>
    /// <remarks>Megabytes of statement-dense text give hundreds of thousands of candidates (about 130 ms here): the
    /// token is looked at every 4,096, so that a cancelled analysis stops promptly.</remarks>
    public IReadOnlyList<QuoteCandidate> Statements(IReadOnlyList<QuoteCandidate> candidates, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(this, None))
        {
            return candidates;
        }

        var calibrated = new QuoteCandidate[candidates.Count];
        for (var i = 0; i < calibrated.Length; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var candidate = candidates[i];
            calibrated[i] = statementCurves[(int)candidate.Kind] is { } curve ? candidate with { Confidence = curve.Map(candidate.Confidence) } : candidate;
        }

        return calibrated;
    }

    /// <summary>The attribution with each speaker's confidence as a probability.</summary>
    public SpeakerAttributionResult Speakers(SpeakerAttributionResult attribution)
    {
        if (speakerCurve is null)
        {
            return attribution;
        }

        var statements = new Statement[attribution.Statements.Count];
        for (var i = 0; i < statements.Length; i++)
        {
            var statement = attribution.Statements[i];
            statements[i] = statement.Speaker is { } speaker
                ? statement with { Speaker = speaker with { Confidence = Math.Round(speakerCurve.Map(speaker.Confidence), 2) } }
                : statement;
        }

        return attribution with { Statements = statements };
    }
}
