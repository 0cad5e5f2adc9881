using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Merging;
using StatementKit.Pipeline;

namespace StatementKit.Tests.Merging;

/// <summary>
/// The article's own voice is not a statement (issue #21): unquoted first- and second-person prose is removed after
/// merging, whatever proposed it; quoted words stay; contractions and articles are never speaker names.
/// </summary>
public sealed class AuthorVoiceTests
{
    private static readonly AuthorVoice Voice = new(StatementKitData.Default);

    private static AnalysisDocument Load(string text) => new DocumentLoader(StatementKitData.Default).Load(Article.FromText(text), default);

    private static TextSpan Find(string text, string words, int from = 0)
    {
        var start = text.IndexOf(words, from, StringComparison.Ordinal);
        Assert.True(start >= 0, words);
        return new TextSpan(start, words.Length);
    }

    private static QuoteCandidate Candidate(StatementKind kind, TextSpan content, TextSpan? mention, TextSpan? cue = null, bool exact = false) => new()
    {
        Kind = kind,
        Content = content,
        Span = content,
        SpeakerMention = mention,
        Cue = cue,
        Confidence = 0.9,
        HasExactBoundaries = exact,
    };

    [Theory]
    [InlineData("I think", "I")]
    [InlineData("we must admit", "we")]
    [InlineData("you know", "you")]
    [InlineData("I've argued", "I've")]
    [InlineData("We’re told", "We’re")]
    [InlineData("let's say", "let's")]
    public void Unquoted_first_or_second_person_prose_is_removed(string opening, string speaker)
    {
        var text = $"Our buses matter. Then {opening} that the late routes pay for themselves in the end.";
        var document = Load(text);
        var candidate = Candidate(StatementKind.Indirect, Find(text, "that the late routes pay for themselves in the end"), Find(text, speaker));
        Assert.Empty(Voice.Apply(document, [candidate], CancellationToken.None));
    }

    [Fact]
    public void A_quote_with_a_first_person_speaker_stays_and_so_does_an_I_inside_someone_s_quote()
    {
        const string text = "“I told the committee that we would revisit it next year,” he said. Then I said: “Fine.”";
        var document = Load(text);
        var quote = Candidate(StatementKind.Direct, Find(text, "I told the committee that we would revisit it next year,"), Find(text, "he"), exact: true);
        var inner = Candidate(StatementKind.Indirect, Find(text, "that we would revisit it next year"), Find(text, "I"));
        var mine = Candidate(StatementKind.Direct, Find(text, "Fine."), Find(text, "I", 60), exact: true);
        Assert.Equal([quote, inner, mine], Voice.Apply(document, [quote, inner, mine], CancellationToken.None));
    }

    [Fact]
    public void A_contracted_pronoun_is_cut_to_the_pronoun()
    {
        const string text = "Anna Berg spoke first. He’s argued that the plan would fail within a year.";
        var document = Load(text);
        var candidate = Candidate(StatementKind.Indirect, Find(text, "that the plan would fail within a year"), Find(text, "He’s"));
        var kept = Assert.Single(Voice.Apply(document, [candidate], CancellationToken.None));
        Assert.Equal(Find(text, "He"), kept.SpeakerMention);
    }

    [Fact]
    public void An_article_alone_becomes_its_noun_phrase_up_to_the_cue()
    {
        const string text = "In 2000 the state incorrectly stated that thousands of voters were ineligible.";
        var document = Load(text);
        var candidate = Candidate(StatementKind.Indirect, Find(text, "that thousands of voters were ineligible"), Find(text, "the"), Find(text, "incorrectly stated"));
        Assert.Equal(Find(text, "the state"), Assert.Single(Voice.Apply(document, [candidate], CancellationToken.None)).SpeakerMention);
    }

    [Fact]
    public void An_article_that_opens_no_phrase_before_the_cue_names_no_speaker()
    {
        // A proposer's mention cut short ("The" of "The thinking is"): the statement keeps no speaker named "The", and
        // is not given to the speaker before it either.
        const string text = "Jane Doe runs the shop. The thinking is that shoppers will come back for more.";
        var statement = Assert.Single(WithProposal(text, Candidate(StatementKind.Indirect, Find(text, "that shoppers will come back for more"), Find(text, "The"))).Statements);
        Assert.Null(statement.Speaker);
    }

    [Fact]
    public void The_rule_holds_for_any_proposer()
    {
        // A tagger-like proposer that reads the author's "I think" as a report: the stage removes it after merging.
        const string text = "The council met on Monday. I think that the night buses should stay.";
        var analysis = WithProposal(text, Candidate(StatementKind.Indirect, Find(text, "that the night buses should stay"), Find(text, "I")));
        Assert.Empty(analysis.Statements);
    }

    [Fact]
    public void An_opinion_piece_keeps_its_quotes_and_loses_its_own_voice()
    {
        var analysis = Analyze.Text(Analyze.Fixture("opinion-first-person.txt"));
        Assert.DoesNotContain(analysis.Statements, s => s.Speaker?.Mention?.Text is { } m
            && StatementKitData.Default.AuthorVoicePronouns.Contains(m.Split('\'', '’')[0]) && s.Kind != StatementKind.Direct);
        Assert.DoesNotContain(analysis.Statements, s => s.Content.Text.Contains("the late routes lose money", StringComparison.Ordinal));
        Assert.DoesNotContain(analysis.Statements, s => s.Content.Text.Contains("what the council's plan really is", StringComparison.Ordinal));
        Assert.Contains(analysis.Statements, s => s.Content.Text.StartsWith("Nobody asked the people", StringComparison.Ordinal) && s.Speaker?.Name == "Priya Anand");
        Assert.Contains(analysis.Statements, s => s.Content.Text.Contains("I told the committee", StringComparison.Ordinal) && s.Speaker?.Name == "Tomas Wendt");
        Assert.DoesNotContain(analysis.Statements, s => s.Speaker is { EntityIndex: -1 } speaker && speaker.Name.Contains('\'', StringComparison.Ordinal));
    }

    private static ArticleAnalysis WithProposal(string text, params QuoteCandidate[] statements) =>
        new StatementAnalyzerBuilder().ClearDefaultProposers().AddProposer(new Fixed(statements)).Build().Analyze(Article.FromText(text));

    private sealed class Fixed(IReadOnlyList<QuoteCandidate> statements) : IStatementProposer
    {
        public string Name => "fixed";

        public StatementProposal Propose(AnalysisDocument document, CancellationToken cancellationToken) => new() { Proposer = Name, Statements = statements };
    }
}
