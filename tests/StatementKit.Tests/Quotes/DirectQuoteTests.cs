namespace StatementKit.Tests.Quotes;

public sealed class DirectQuoteTests
{
    [Theory]
    [InlineData("“We will not give in,” Kallas said.", "Kallas")]
    [InlineData("“We will not give in,” said Mr Stoltenberg.", "Mr Stoltenberg")]
    [InlineData("Mr Stoltenberg said: “We will not give in.”", "Mr Stoltenberg")]
    [InlineData("“We will not give in,” the head of the Estonian government said.", "the head of the Estonian government")]
    [InlineData("“We will not give in,” she added.", "she")]
    [InlineData("\"We will not give in,\" Kallas emphasised.", "Kallas")]
    [InlineData("“We will not give in” - Commissioner Jane Doe said.", "Commissioner Jane Doe")]
    [InlineData("“We will not give in,” Mr. Manafort said.", "Mr. Manafort")]
    [InlineData("“We will not give in,” said Sen. Ted Cruz.", "Sen. Ted Cruz")]
    [InlineData("“We will not give in,” he continued.", "he")]
    [InlineData("“We will not give in,” said one longtime adviser to Bill Clinton.", "one longtime adviser to Bill Clinton")]
    [InlineData("“We will not give in,” Senate Majority Leader Mitch McConnell, R-Ky., said.", "Senate Majority Leader Mitch McConnell, R-Ky.")]
    public void Direct_quote_with_adjacent_speaker(string text, string mention)
    {
        var statement = Analyze.Single(Analyze.Text(text), StatementKind.Direct);
        Assert.Equal("We will not give in", statement.Content.Text.TrimEnd(',', '.'));
        Assert.Equal(mention, statement.Speaker?.Mention?.Text);
        Assert.NotNull(statement.Cue);
    }

    [Fact]
    public void Content_span_excludes_the_marks_and_span_includes_them()
    {
        var text = "“Yes, we can,” he said.";
        var statement = Analyze.Single(Analyze.Text(text), StatementKind.Direct);
        Assert.Equal(0, statement.Span.Start);
        Assert.Equal('”', text[statement.Span.End - 1]);
        Assert.Equal(1, statement.Content.Start);
    }

    [Theory]
    [InlineData("Mark Blumenthal and Jon Cohen: “The polls were not wrong, just too early.”", "Mark Blumenthal and Jon Cohen")]
    [InlineData("Ukraine’s foreign minister: «We need air defence now»", "Ukraine’s foreign minister")]
    [InlineData("Hillary Clinton won. She then addressed the supporters again: “Here is what I regret.”", "She")]
    [InlineData("Mr. Kim, who was traveling in Europe this week, said in a magazine: “We will not give in.”", "Mr. Kim")]
    [InlineData("Before the convention, Police Chief Calvin Williams lobbied hard, saying, “The fewer guns, the better.”", "Police Chief Calvin Williams")]
    public void Speaker_before_the_quote(string text, string mention) =>
        Assert.Equal(mention, Analyze.Single(Analyze.Text(text), StatementKind.Direct).Speaker?.Mention?.Text);

    [Fact]
    public void Lead_in_colon_in_the_previous_paragraph()
    {
        var analysis = Analyze.Text("Jane Doe, a doctor, said:\n\n“The hospital is full and we cannot take more patients.”");
        var statement = Analyze.Single(analysis, StatementKind.Direct);
        Assert.Equal("Jane Doe", statement.Speaker?.Name);
    }

    [Theory]
    [InlineData("The “tidy” conversation went on.")]
    [InlineData("“Tidy” conversation")]
    [InlineData("He met a man who goes by the name “Shorty” in town, police said.")]
    [InlineData("They watched the film “Heat of the Night Returns Again” twice.")]
    public void Scare_quotes_nicknames_and_titles_are_nobodys_statements(string text)
    {
        var analysis = Analyze.Text(text);
        Assert.DoesNotContain(analysis.Statements, s => s.Kind == StatementKind.Direct);
        Assert.DoesNotContain(analysis.Statements, s => s.Content.Text is "tidy" or "Tidy" or "Shorty" && s.Speaker is not null);
    }

    [Fact]
    public void A_quoted_fake_author_bio_is_not_a_statement()
    {
        var analysis = Analyze.Text("Story text here.\n\n“Tv nerd. Passionate food specialist. Travel practitioner. Web guru.”");
        Assert.DoesNotContain(analysis.Statements, s => s.Content.Text.Contains("nerd", StringComparison.Ordinal));
    }

    [Fact]
    public void Split_quote_is_one_statement_of_one_speaker()
    {
        var analysis = Analyze.Text("“We are ready,” Kaja Kallas said. “And we will stay ready for as long as it takes.”");
        var direct = Analyze.Single(analysis, StatementKind.Direct);
        Assert.StartsWith("We are ready", direct.Content.Text, StringComparison.Ordinal);
        Assert.EndsWith("as long as it takes.", direct.Content.Text, StringComparison.Ordinal);
        Assert.Equal("Kaja Kallas", direct.Speaker?.Name);
    }

    [Fact]
    public void A_split_quote_may_carry_a_short_adjunct_in_its_attribution()
    {
        var analysis = Analyze.Text("“I apologize to nobody,” the senator said during the debate. “That is the plan.”");
        Assert.Single(analysis.Statements, s => s.Kind == StatementKind.Direct);
    }

    [Fact]
    public void A_new_quoted_paragraph_is_a_statement_of_its_own()
    {
        var analysis = Analyze.Text("“We are ready,” Kaja Kallas said.\n\n“We will stay ready for as long as it takes.”");
        var direct = analysis.Statements.Where(s => s.Kind == StatementKind.Direct).ToList();
        Assert.Equal(2, direct.Count);
        Assert.Equal(AttributionMethod.Continuation, direct[1].Speaker?.Method);
    }

    [Fact]
    public void A_sentence_interrupted_by_its_attribution_is_one_statement()
    {
        var text = "“We are open,” Kaja Kallas said, “and we will stay open for as long as it takes.”";
        var statement = Analyze.Single(Analyze.Text(text), StatementKind.Direct);
        Assert.StartsWith("We are open", statement.Content.Text, StringComparison.Ordinal);
        Assert.EndsWith("as long as it takes.", statement.Content.Text, StringComparison.Ordinal);
        Assert.Equal("Kaja Kallas", statement.Speaker?.Name);
        Assert.Equal(new TextSpan(0, text.Length), statement.Span);
    }

    [Fact]
    public void Nested_quote_takes_the_attribution_inside_the_outer_quote()
    {
        // Every candidate: a nested quote is shown only when likely enough (PolNeAR's annotators rarely mark one).
        var analysis = StatementAnalyzer.CreateDefault(o => o.MinimumConfidence = 0).Analyze(
            Article.FromText("“They will say: ‘This is the end of it all’, but it is not,” Jane Doe said."));
        var nested = Assert.Single(analysis.Statements, s => s.Content.Text == "This is the end of it all");
        Assert.Equal("They", nested.Speaker?.Mention?.Text);
        Assert.Equal("say", nested.Cue?.Text);
        Assert.Equal("Jane Doe", Analyze.Containing(analysis, "but it is not").Speaker?.Name);
    }
}
