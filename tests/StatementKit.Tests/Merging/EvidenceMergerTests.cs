using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Merging;
using StatementKit.Pipeline;
using StatementKit.Quotes;

namespace StatementKit.Tests.Merging;

/// <summary>The default merger: exact boundaries win, precedence decides the rest, sources are reconciled.</summary>
public sealed class EvidenceMergerTests
{
    private static readonly AnalysisDocument Document = new DocumentLoader(StatementKitData.Default).Load(Article.FromText(string.Join(" ", Enumerable.Repeat("word", 50))), default);

    private static readonly EvidenceMerger Merger = new(new SpeakerReconciler(new CueSpeakerReader(StatementKitData.Default)));

    private static QuoteCandidate Candidate(StatementKind kind, int start, int length, TextSpan? mention = null, bool exact = false) => new()
    {
        Kind = kind,
        Content = new TextSpan(start, length),
        Span = new TextSpan(start, length),
        SpeakerMention = mention,
        Confidence = 0.9,
        HasExactBoundaries = exact,
    };

    private static StatementProposal Rules(params QuoteCandidate[] statements) => new() { Proposer = "rules", Statements = statements };

    private static StatementProposal Tagger(IReadOnlyList<TextSpan> sources, params QuoteCandidate[] statements) =>
        new() { Proposer = "tagger", Statements = statements, Precedence = 1, SpeakerMentions = sources };

    [Fact]
    public void One_proposal_is_returned_as_it_is()
    {
        QuoteCandidate[] statements = [Candidate(StatementKind.Direct, 0, 20, exact: true), Candidate(StatementKind.Indirect, 5, 30)];
        Assert.Equal(statements, Merger.Merge(Document, [Rules(statements)], CancellationToken.None));
    }

    [Fact]
    public void An_exact_quote_wins_and_borrows_the_other_speaker()
    {
        var rule = Candidate(StatementKind.Direct, 10, 20, exact: true);
        var tagged = Candidate(StatementKind.Direct, 9, 22, new TextSpan(40, 4));
        var merged = Assert.Single(Merger.Merge(Document, [Rules(rule), Tagger([new TextSpan(40, 4)], tagged)], CancellationToken.None));
        Assert.Equal(rule.Content, merged.Content);
        Assert.Equal(new TextSpan(40, 4), merged.SpeakerMention);
    }

    [Fact]
    public void Kind_alone_decides_nothing()
    {
        // A tagged statement called direct, without exact boundaries, does not displace the higher reading's neighbour.
        var rule = Candidate(StatementKind.Direct, 10, 20);
        var tagged = Candidate(StatementKind.Indirect, 9, 22, new TextSpan(40, 4));
        var merged = Assert.Single(Merger.Merge(Document, [Rules(rule), Tagger([new TextSpan(40, 4)], tagged)], CancellationToken.None));
        Assert.Equal(tagged.Content, merged.Content);
    }

    [Fact]
    public void The_higher_precedence_reading_replaces_the_lower_and_results_are_in_order()
    {
        var ruleIndirect = Candidate(StatementKind.Indirect, 50, 30);
        var ruleQuote = Candidate(StatementKind.Direct, 0, 20, exact: true);
        var tagged = Candidate(StatementKind.Indirect, 48, 34, new TextSpan(100, 5));
        var merged = Merger.Merge(Document, [Rules(ruleQuote, ruleIndirect), Tagger([new TextSpan(100, 5)], tagged)], CancellationToken.None);
        Assert.Equal([ruleQuote.Content, tagged.Content], merged.Select(m => m.Content));
    }

    [Fact]
    public void Uncovered_lower_statements_are_kept()
    {
        var ruleIndirect = Candidate(StatementKind.Indirect, 50, 30);
        Assert.Single(Merger.Merge(Document, [Rules(ruleIndirect), Tagger([])], CancellationToken.None));
    }

    [Fact]
    public void A_source_both_agree_on_wins_and_a_statement_without_any_speaker_is_dropped()
    {
        var rule = Candidate(StatementKind.Indirect, 50, 30, new TextSpan(31, 3));
        var agreed = Candidate(StatementKind.Indirect, 48, 34, new TextSpan(100, 5));
        var orphan = Candidate(StatementKind.Indirect, 150, 20);
        var merged = Merger.Merge(Document, [Rules(rule), Tagger([new TextSpan(30, 5), new TextSpan(100, 5)], agreed, orphan)], CancellationToken.None);
        Assert.Equal(new TextSpan(30, 5), Assert.Single(merged).SpeakerMention);
    }
}
