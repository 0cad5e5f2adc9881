using StatementKit.Data;
using StatementKit.Learning;
using StatementKit.Merging;
using StatementKit.Pipeline;

namespace StatementKit.Tests.Learning;

public sealed class CalibrationTests
{
    private const string Text = "“We will stay open,” said Anna Berg, the mayor. Ola Dahl said that taxes would rise.";

    /// <summary>A quote with neither cue nor speaker: a headline's words, a slogan.</summary>
    private const string Unattributed = "The banner over the gate: “Nothing about us without us.”";

    [Fact]
    public void The_isotonic_fit_pools_violators_and_smooths_each_block()
    {
        // 0.2: 1 of 2 right; 0.5: 0 of 2 (a violator, pooled with 0.2); 0.9: 4 of 4.
        var curve = CalibrationCurve.Fit([(0.2, true), (0.2, false), (0.5, false), (0.5, false), (0.9, true), (0.9, true), (0.9, true), (0.9, true)])!;
        var knots = curve.Knots;
        Assert.Equal(2, knots.Count);
        Assert.Equal(0.35, knots[0].Raw, 4);
        Assert.Equal(2 / 6.0, knots[0].Probability, 3); // (1 + 1) / (4 + 2): Laplace's rule
        Assert.Equal(0.9, knots[1].Raw, 4);
        Assert.Equal(5 / 6.0, knots[1].Probability, 3);
        Assert.Equal(2 / 6.0, curve.Map(0.1), 3); // flat below the first knot
        Assert.Equal(5 / 6.0, curve.Map(1.0), 3); // and above the last
        Assert.Equal((2 / 6.0 + 5 / 6.0) / 2, curve.Map(0.625), 3); // linear between
        Assert.Null(CalibrationCurve.Fit([]));
    }

    [Fact]
    public void A_fitted_curve_never_decreases_and_never_says_certain()
    {
        var random = new Random(7);
        var examples = Enumerable.Range(0, 2000).Select(_ => random.NextDouble()).Select(x => (Math.Round(x, 2), random.NextDouble() < x * x)).ToList();
        var curve = CalibrationCurve.Fit(examples)!;
        var mapped = Enumerable.Range(0, 101).Select(i => curve.Map(i / 100.0)).ToList();
        Assert.All(mapped.Zip(mapped.Skip(1)), pair => Assert.True(pair.First <= pair.Second));
        Assert.All(mapped, p => Assert.InRange(p, 0.0001, 0.9999));
    }

    [Fact]
    public void Knots_that_do_not_increase_give_no_curve()
    {
        Assert.Null(CalibrationCurve.FromKnots([("0.5", "0.4"), ("0.4", "0.6")]));
        Assert.Null(CalibrationCurve.FromKnots([("0.4", "0.6"), ("0.5", "0.4")]));
        Assert.NotNull(CalibrationCurve.FromKnots([("0.4", "0.4"), ("x", "y"), ("0.5", "0.6")]));
    }

    [Fact]
    public void The_shipped_file_calibrates_both_modes_every_kind_and_speakers()
    {
        var table = StatementKitData.For(new StatementKitOptions()).Calibration;
        foreach (var profile in new[] { "rules", "rules+tagger" })
        {
            foreach (var kind in Enum.GetValues<StatementKind>())
            {
                Assert.NotNull(table.Find(profile, ConfidenceCalibrator.StatementMeasure(kind)));
            }

            Assert.NotNull(table.Find(profile, CalibrationTable.Speaker));
        }
    }

    [Fact]
    public void Confidences_are_mapped_by_the_profiles_curves_and_minimum_confidence_reads_the_probability()
    {
        using var folder = new DataFolder(("calibration.tsv", "rules\tstatement.direct\t0\t0.25\nrules\tstatement.direct\t1\t0.25\nrules\tspeaker\t0\t0.3\nrules\tspeaker\t1\t0.3\n"));
        var analysis = StatementAnalyzer.CreateDefault(o => o.DataDirectory = folder.Path).Analyze(Article.FromText(Text));
        var direct = Analyze.Single(analysis, StatementKind.Direct);
        Assert.Equal(0.25, direct.Confidence);
        Assert.Equal(0.3, direct.Speaker?.Confidence);
        Assert.NotEqual(0.25, Analyze.Single(analysis, StatementKind.Indirect).Confidence); // no curve for indirect: as proposed

        var strict = StatementAnalyzer.CreateDefault(o => { o.DataDirectory = folder.Path; o.MinimumConfidence = 0.3; }).Analyze(Article.FromText(Unattributed));
        Assert.DoesNotContain(strict.Statements, s => s.Kind == StatementKind.Direct);
        var all = StatementAnalyzer.CreateDefault(o => { o.DataDirectory = folder.Path; o.MinimumConfidence = 0; }).Analyze(Article.FromText(Unattributed));
        Assert.Equal(0.25, Analyze.Single(all, StatementKind.Direct).Confidence);
    }

    [Fact]
    public void The_default_threshold_leaves_out_improbable_statements_but_keeps_quotes_with_their_cue_and_speaker()
    {
        using var folder = new DataFolder(("calibration.tsv", "rules\tstatement.direct\t0\t0.25\nrules\tstatement.direct\t1\t0.25\nrules\tstatement.indirect\t0\t0.25\nrules\tstatement.indirect\t1\t0.25\n"));
        Assert.Equal(0.3, new StatementKitOptions().MinimumConfidence);

        var analysis = StatementAnalyzer.CreateDefault(o => o.DataDirectory = folder.Path).Analyze(Article.FromText(Text + "\n\n" + Unattributed));

        var quote = Assert.Single(analysis.Statements);
        Assert.Equal(StatementKind.Direct, quote.Kind);
        Assert.Equal("Anna Berg", quote.Speaker?.Name);
        Assert.Equal(0.25, quote.Confidence); // kept, and its confidence still says how PolNeAR's annotators would mark it
    }

    [Fact]
    public void An_analyzer_with_its_own_merger_keeps_the_confidences_it_was_given()
    {
        using var folder = new DataFolder(("calibration.tsv", "rules\tstatement.direct\t0\t0.25\nrules\tstatement.direct\t1\t0.25\n"));
        var analysis = new StatementAnalyzerBuilder().Configure(o => o.DataDirectory = folder.Path).UseStatementMerger(new FirstProposal()).Build()
            .Analyze(Article.FromText(Text));
        Assert.NotEqual(0.25, Analyze.Single(analysis, StatementKind.Direct).Confidence);
    }

    private sealed class FirstProposal : IStatementMerger
    {
        public IReadOnlyList<QuoteCandidate> Merge(AnalysisDocument document, IReadOnlyList<StatementProposal> proposals, CancellationToken cancellationToken) =>
            proposals[0].Statements;
    }
}
