using System.Globalization;
using StatementKit.Learning;
using StatementKit.Merging;

namespace StatementKit.Evaluation;

/// <summary>
/// Whether confidences are probabilities: the reliability table (ten equal bins of confidence, the share right in
/// each) and the expected calibration error (the bins' gaps between confidence and share right, weighted by size); and
/// fitting the curves StatementKit ships in <c>calibration.tsv</c> (isotonic regression, one per statement kind and one
/// for speakers, for the analyzer's profile). A statement is right when it matches a gold relation one-to-one; a speaker
/// is right when its statement matched a relation with a gold source and its mention overlaps that source.
/// </summary>
internal static class Calibration
{
    private const int Bins = 10;

    public static IEnumerable<(double Confidence, bool Right)> StatementOutcomes(IEnumerable<ArticleScore> scores, string? kind = null) =>
        scores.SelectMany(s => s.Outcomes).Where(o => kind is null || o.Predicted.Kind == kind).Select(o => (o.Predicted.Confidence, o.Matched));

    public static IEnumerable<(double Confidence, bool Right)> SpeakerOutcomes(IEnumerable<ArticleScore> scores) =>
        scores.SelectMany(s => s.Outcomes).Where(o => o.SpeakerRight is not null && o.Predicted.SpeakerConfidence is not null)
            .Select(o => (o.Predicted.SpeakerConfidence!.Value, o.SpeakerRight!.Value));

    /// <summary>The expected calibration error over ten equal-width bins.</summary>
    public static double ExpectedError(IEnumerable<(double Confidence, bool Right)> outcomes)
    {
        var rows = Table(outcomes);
        var total = rows.Sum(r => r.Count);
        return total == 0 ? 0 : rows.Sum(r => r.Count * Math.Abs(r.MeanConfidence - r.ShareRight)) / total;
    }

    public static void Print(IReadOnlyList<ArticleScore> scores)
    {
        Console.WriteLine();
        Console.WriteLine("Reliability of confidence (ten bins; ECE = the gaps weighted by bin size)");
        Console.WriteLine();
        Console.WriteLine("| confidence | statements | mean confidence | right | speakers | mean confidence | right |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        var statements = Table(StatementOutcomes(scores));
        var speakers = Table(SpeakerOutcomes(scores));
        for (var b = 0; b < Bins; b++)
        {
            var (s, p) = (statements[b], speakers[b]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {b / 10.0:F1}–{(b + 1) / 10.0:F1} | {s.Count} | {Cell(s.Count, s.MeanConfidence)} | {Cell(s.Count, s.ShareRight)} | {p.Count} | {Cell(p.Count, p.MeanConfidence)} | {Cell(p.Count, p.ShareRight)} |"));
        }

        Console.WriteLine();
        var byKind = string.Join(", ", new[] { "Direct", "Partial", "Indirect" }.Select(k => $"{k.ToLowerInvariant()} {ExpectedError(StatementOutcomes(scores, k)):F3}"));
        Console.WriteLine($"ECE: statements {ExpectedError(StatementOutcomes(scores)):F3} ({byKind}); speakers {ExpectedError(SpeakerOutcomes(scores)):F3}");
    }

    /// <summary>Fits the profile's curves and writes them into the calibration file, keeping other profiles' rows.</summary>
    public static void Fit(IReadOnlyList<ArticleScore> scores, string profile, string path)
    {
        var rows = new List<string>();
        void Add(string measure, IEnumerable<(double Confidence, bool Right)> outcomes)
        {
            var examples = outcomes.ToList();
            if (CalibrationCurve.Fit(examples) is not { } curve)
            {
                return;
            }

            rows.AddRange(curve.Knots.Select(k => string.Create(CultureInfo.InvariantCulture, $"{profile}\t{measure}\t{k.Raw:0.####}\t{k.Probability:0.####}")));
            Console.WriteLine($"calibration: {profile} {measure}: {curve.Knots.Count} knots from {examples.Count} examples");
        }

        foreach (var kind in Enum.GetValues<StatementKind>())
        {
            Add(ConfidenceCalibrator.StatementMeasure(kind), StatementOutcomes(scores, kind.ToString()));
        }

        Add(CalibrationTable.Speaker, SpeakerOutcomes(scores));
        var lines = File.Exists(path) ? File.ReadAllLines(path).ToList() : [];
        var kept = lines.Where(l => l.StartsWith('#') || !l.StartsWith(profile + "\t", StringComparison.Ordinal)).ToList();
        File.WriteAllLines(path, kept.Concat(rows));
        Console.WriteLine($"calibration: {rows.Count} rows for {profile} written to {path}");
    }

    /// <summary>
    /// Draws the reliability diagram: per bin, the mean confidence against the share right, for statements and
    /// speakers, beside the diagonal a calibrated confidence lies on (bins of fewer than 20 left out: too noisy).
    /// </summary>
    public static void Draw(IReadOnlyList<ArticleScore> scores, string title, string path)
    {
        var plot = new ScottPlot.Plot();
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.LineColor = ScottPlot.Colors.Gray;
        diagonal.LinePattern = ScottPlot.LinePattern.Dashed;
        diagonal.LegendText = "calibrated";
        foreach (var (name, outcomes, color) in new[]
        {
            ($"statements (ECE {ExpectedError(StatementOutcomes(scores)):F3})", StatementOutcomes(scores).ToList(), ScottPlot.Colors.C0),
            ($"speakers (ECE {ExpectedError(SpeakerOutcomes(scores)):F3})", SpeakerOutcomes(scores).ToList(), ScottPlot.Colors.C1),
        })
        {
            var bins = Table(outcomes).Where(b => b.Count >= 20).ToList();
            var series = plot.Add.Scatter(bins.Select(b => b.MeanConfidence).ToArray(), bins.Select(b => b.ShareRight).ToArray());
            series.LegendText = name;
            series.Color = color;
            series.MarkerSize = 8;
            series.LineWidth = 2;
        }

        plot.Title(title);
        plot.XLabel("confidence (mean of a tenth of the range)");
        plot.YLabel("share right");
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        plot.SavePng(path, 640, 480);
        Console.WriteLine($"reliability diagram written to {path}");
    }

    private static string Cell(int count, double value) => count == 0 ? "-" : value.ToString("F3", CultureInfo.InvariantCulture);

    private static (int Count, double MeanConfidence, double ShareRight)[] Table(IEnumerable<(double Confidence, bool Right)> outcomes)
    {
        var sums = new (int Count, double Confidence, int Right)[Bins];
        foreach (var (confidence, right) in outcomes)
        {
            var b = Math.Clamp((int)(confidence * Bins), 0, Bins - 1);
            sums[b] = (sums[b].Count + 1, sums[b].Confidence + confidence, sums[b].Right + (right ? 1 : 0));
        }

        return sums.Select(s => s.Count == 0 ? (0, 0.0, 0.0) : (s.Count, s.Confidence / s.Count, (double)s.Right / s.Count)).ToArray();
    }
}
