using StatementKit.Merging;
using StatementKit.Pipeline;

namespace StatementKit.Tests.Merging;

public sealed class ConfidenceThresholdTests
{
    // “They will say ‘stop’ and we will not,” Berg said. Offsets only matter relative to each other.
    private static readonly QuoteCandidate Outer = Direct(new TextSpan(0, 40), cue: new TextSpan(45, 4), confidence: 0.9);

    [Fact]
    public void Statements_below_the_threshold_are_left_out_and_zero_keeps_every_one()
    {
        var improbable = Candidate(StatementKind.Indirect, new TextSpan(60, 20), cue: new TextSpan(55, 4), confidence: 0.29);
        var likely = improbable with { Span = new TextSpan(90, 20), Confidence = 0.3 };

        Assert.Equal([likely], ConfidenceThreshold.Apply([improbable, likely], 0.3));
        Assert.Equal([improbable, likely], ConfidenceThreshold.Apply([improbable, likely], 0));
    }

    [Fact]
    public void A_quote_with_its_cue_and_speaker_is_kept_whatever_its_confidence_but_not_one_without()
    {
        var attributed = Direct(new TextSpan(60, 20), cue: new TextSpan(82, 4), confidence: 0.05);
        var noSpeaker = attributed with { Span = new TextSpan(90, 20), SpeakerMention = null };
        var noCue = attributed with { Span = new TextSpan(120, 20), Cue = null };

        Assert.Equal([attributed], ConfidenceThreshold.Apply([attributed, noSpeaker, noCue], 0.3));
    }

    [Fact]
    public void A_nested_quote_is_kept_by_its_confidence_alone()
    {
        var own = Direct(new TextSpan(15, 6), cue: new TextSpan(10, 3), confidence: 0.05) with { IsNested = true };

        var likely = own with { Confidence = 0.3 };

        Assert.Equal([Outer], ConfidenceThreshold.Apply([Outer, own], 0.3));
        Assert.Equal([Outer, likely], ConfidenceThreshold.Apply([Outer, likely], 0.3));
    }

    private static QuoteCandidate Direct(TextSpan span, TextSpan cue, double confidence) => Candidate(StatementKind.Direct, span, cue, confidence);

    private static QuoteCandidate Candidate(StatementKind kind, TextSpan span, TextSpan cue, double confidence) => new()
    {
        Kind = kind,
        Span = span,
        Content = new TextSpan(span.Start + 1, span.Length - 2),
        Cue = cue,
        SpeakerMention = new TextSpan(cue.End + 1, 4),
        Confidence = confidence,
    };
}
