using StatementKit.Pipeline;

namespace StatementKit.Neural.Tests.Decoding;

public sealed class CandidateMergerTests
{
    private static QuoteCandidate Candidate(StatementKind kind, int start, int length, TextSpan? mention = null) => new()
    {
        Kind = kind,
        Content = new TextSpan(start, length),
        Span = new TextSpan(start, length),
        SpeakerMention = mention,
        Confidence = 0.9,
    };

    [Fact]
    public void The_rules_quote_wins_and_borrows_the_tagged_speaker()
    {
        var rule = Candidate(StatementKind.Direct, 10, 20);
        var tagged = Candidate(StatementKind.Direct, 9, 22, new TextSpan(40, 4));
        var merged = Assert.Single(CandidateMerger.Merge([rule], [tagged], new NeuralTaggerOptions()));
        Assert.Equal(rule.Content, merged.Content);
        Assert.Equal(new TextSpan(40, 4), merged.SpeakerMention);
    }

    [Fact]
    public void Tagged_reported_speech_replaces_the_rules_reading_and_results_are_in_order()
    {
        var ruleIndirect = Candidate(StatementKind.Indirect, 50, 30);
        var ruleQuote = Candidate(StatementKind.Direct, 0, 20);
        var tagged = Candidate(StatementKind.Indirect, 48, 34);
        var merged = CandidateMerger.Merge([ruleQuote, ruleIndirect], [tagged], new NeuralTaggerOptions());
        Assert.Equal([ruleQuote.Content, tagged.Content], merged.Select(m => m.Content));
    }

    [Fact]
    public void A_tagged_statement_takes_the_rules_speaker_only_when_asked()
    {
        var rule = Candidate(StatementKind.Indirect, 50, 30, new TextSpan(40, 4));
        var tagged = Candidate(StatementKind.Indirect, 48, 34, new TextSpan(30, 5));
        Assert.Equal(new TextSpan(30, 5), Assert.Single(CandidateMerger.Merge([rule], [tagged], new NeuralTaggerOptions())).SpeakerMention);
        Assert.Equal(new TextSpan(40, 4), Assert.Single(CandidateMerger.Merge([rule], [tagged], new NeuralTaggerOptions { PreferRuleSpeakers = true })).SpeakerMention);
    }

    [Fact]
    public void Uncovered_rule_statements_are_kept_unless_turned_off()
    {
        var ruleIndirect = Candidate(StatementKind.Indirect, 50, 30);
        Assert.Single(CandidateMerger.Merge([ruleIndirect], [], new NeuralTaggerOptions()));
        Assert.Empty(CandidateMerger.Merge([ruleIndirect], [], new NeuralTaggerOptions { KeepUncoveredRuleStatements = false }));
    }
}
