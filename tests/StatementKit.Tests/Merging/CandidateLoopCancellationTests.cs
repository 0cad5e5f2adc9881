using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Merging;
using StatementKit.Pipeline;

namespace StatementKit.Tests.Merging;

/// <summary>
/// The loops over every candidate after the proposers (calibration, the author's voice, typing) each take over 100 ms
/// on the candidates of 4 MB of statement-dense text, so each looks at the cancellation token as it goes.
/// </summary>
public sealed class CandidateLoopCancellationTests
{
    private const string Text = "Ola Dahl said that taxes would rise.";

    private static readonly AnalysisDocument Document = new DocumentLoader(StatementKitData.Default).Load(Article.FromText(Text), default);

    private static readonly QuoteCandidate[] Candidates =
    [
        new() { Kind = StatementKind.Indirect, Span = new TextSpan(19, 16), Content = new TextSpan(19, 16), Cue = new TextSpan(9, 4), SpeakerMention = new TextSpan(0, 8), Confidence = 0.5 },
    ];

    private static CancellationToken Cancelled => new(canceled: true);

    [Fact]
    public void Calibration_stops_when_cancelled() =>
        Assert.ThrowsAny<OperationCanceledException>(() => Calibrator().Statements(Candidates, Cancelled));

    [Fact]
    public void The_authors_voice_stops_when_cancelled() =>
        Assert.ThrowsAny<OperationCanceledException>(() => new AuthorVoice(StatementKitData.Default).Apply(Document, Candidates, Cancelled));

    [Fact]
    public void Typing_stops_when_cancelled() =>
        Assert.ThrowsAny<OperationCanceledException>(() => new StatementTyper(StatementKitData.Default).Type(Document, Candidates, Cancelled));

    [Fact]
    public void Each_runs_to_the_end_when_not_cancelled()
    {
        Assert.Single(Calibrator().Statements(Candidates, CancellationToken.None));
        Assert.Single(new AuthorVoice(StatementKitData.Default).Apply(Document, Candidates, CancellationToken.None));
        Assert.Equal(StatementType.Assertion, Assert.Single(new StatementTyper(StatementKitData.Default).Type(Document, Candidates, CancellationToken.None)).Type);
    }

    /// <summary>The fast mode's calibrator, as the default analyzer builds it.</summary>
    private static ConfidenceCalibrator Calibrator()
    {
        var data = StatementKitData.Default;
        var calibrator = ConfidenceCalibrator.For(data.Calibration, ["rules"], new EvidenceMerger(new SpeakerReconciler(new StatementKit.Quotes.CueSpeakerReader(data))),
            new StatementKit.Speakers.SpeakerAttributor(data));
        Assert.NotSame(ConfidenceCalibrator.None, calibrator);
        return calibrator;
    }
}
