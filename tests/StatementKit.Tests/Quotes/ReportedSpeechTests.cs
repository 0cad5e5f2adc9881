namespace StatementKit.Tests.Quotes;

public sealed class ReportedSpeechTests
{
    [Theory]
    [InlineData("Kallas noted that Russia has no say in NATO.", "Russia has no say in NATO", "noted")]
    [InlineData("Kallas emphasised that Russia has no say in NATO.", "Russia has no say in NATO", "emphasised")]
    [InlineData("Kallas emphasized that Russia has no say in NATO.", "Russia has no say in NATO", "emphasized")]
    [InlineData("Kallas believes that Russia has no say in NATO.", "Russia has no say in NATO", "believes")]
    [InlineData("Kallas told reporters on Monday that Russia has no say in NATO.", "Russia has no say in NATO", "told")]
    [InlineData("Kallas said Russia has no say in NATO.", "Russia has no say in NATO", "said")]
    [InlineData("Støre pointed out, however, that the talks were calm.", "the talks were calm", "pointed out")]
    [InlineData("The Berg campaign declined to comment on the report.", "to comment on the report", "declined")]
    [InlineData("Anna Berg vowed to fight on until the convention.", "to fight on until the convention", "vowed")]
    [InlineData("Anna Berg endorsed Lars Holm Vik on Friday.", "Lars Holm Vik", "endorsed")]
    [InlineData("The union praised the plan at a rally in Oslo.", "the plan", "praised")]
    [InlineData("Berg described the deal as a disaster for farmers.", "the deal as a disaster for farmers", "described")]
    [InlineData("Dahl criticized Berg in early June and left.", "Berg", "criticized")]
    [InlineData("Mr. Lou said there was nothing wrong with the talks.", "there was nothing wrong with the talks", "said")]
    [InlineData("The company says its policy is not to cover the firm.", "its policy is not to cover the firm", "says")]
    [InlineData("Others say this is just a rough patch.", "this is just a rough patch", "say")]
    [InlineData("The pilot had logged 6,300 hours of flying time, the airline said on Thursday.", "The pilot had logged 6,300 hours of flying time", "said")]
    [InlineData("The plane is his favourite toy, Anna Berg said in an interview on Saturday.", "The plane is his favourite toy", "said")]
    [InlineData("In the end, Mr. Vik said, union voters almost always vote Democratic.", "union voters almost always vote Democratic", "said")]
    [InlineData("In 2016, Mrs. Berg endorsed Lars J. Vik for president.", "Lars J. Vik for president", "endorsed")]
    [InlineData("Dahl argued that the gap between Berg and then-Sen. Erik Vik was narrower.", "the gap between Berg and then-Sen. Erik Vik was narrower", "argued")]
    [InlineData("Vik endorsed the re-election of Rep. Anna Berg (R-Wis.) and two others.", "the re-election of Rep. Anna Berg (R-Wis.) and two others", "endorsed")]
    [InlineData("Entering the final contests in June, Berg leads Vik by 271 delegates, according to a count by the agency.", "Berg leads Vik by 271 delegates", "according to")]
    [InlineData("The tax has not hurt the city: London was the financial capital in 2015, according to one index.", "London was the financial capital in 2015", "according to")]
    [InlineData("The governor left the stage in Oslo, saying he lacks the temperament to be president.", "he lacks the temperament to be president", "saying")]
    [InlineData("The union praised the plan in which taxes would fall.", "the plan", "praised")]
    [InlineData("Anna Berg doesn’t think that taxes will rise.", "taxes will rise", "think")]
    public void Verb_that_clause(string text, string content, string cue)
    {
        var statement = Analyze.Single(Analyze.Text(text), StatementKind.Indirect);
        Assert.Equal(content, statement.Content.Text);
        Assert.Equal(cue, statement.Cue?.Text);
        Assert.NotNull(statement.Speaker);
    }

    [Theory]
    [InlineData("When asked why, Anna Berg responded in a text message.", "why", "Anna Berg")]
    [InlineData("When asked by a reporter if that remains his view, Lars Vik said he would not comment.", "if that remains his view", "Lars Vik")]
    public void When_asked_reports_the_question_and_the_one_asked(string text, string question, string asked)
    {
        var statement = Assert.Single(Analyze.Text(text).Statements, s => s.Cue?.Text == "asked");
        Assert.Equal(question, statement.Content.Text);
        Assert.Equal(asked, statement.Speaker?.Mention?.Text);
    }

    [Fact]
    public void According_to_x_clause()
    {
        var statement = Analyze.Single(Analyze.Text("According to Kaja Kallas, the alliance is united."), StatementKind.Indirect);
        Assert.Equal("the alliance is united", statement.Content.Text);
        Assert.Equal("Kaja Kallas", statement.Speaker?.Name);
    }

    [Fact]
    public void Clause_according_to_x()
    {
        var statement = Analyze.Single(Analyze.Text("The alliance is united, according to Kaja Kallas."), StatementKind.Indirect);
        Assert.Equal("The alliance is united", statement.Content.Text);
    }

    [Fact]
    public void Clause_according_to_x_without_a_comma_and_a_long_source()
    {
        var analysis = Analyze.Text("Clinton leads Sanders by 271 delegates according to a count by The Associated Press.");
        Assert.Equal("Clinton leads Sanders by 271 delegates", Analyze.Single(analysis, StatementKind.Indirect).Content.Text);
        var longSource = Analyze.Text("According to exit polls conducted for The Associated Press and television networks by Edison Research, most voters are unhappy.");
        Assert.Equal("most voters are unhappy", Analyze.Single(longSource, StatementKind.Indirect).Content.Text);
    }

    [Fact]
    public void Parenthetical_attribution()
    {
        var analysis = Analyze.Text("Kaja Kallas spoke. The point, she argued, is that aid is not intervention.");
        var statement = Analyze.Single(analysis, StatementKind.Indirect);
        Assert.Contains("aid is not intervention", statement.Content.Text, StringComparison.Ordinal);
        Assert.Equal("Kaja Kallas", statement.Speaker?.Name);
    }

    [Fact]
    public void Trailing_outlet_attribution()
    {
        var statement = Analyze.Single(Analyze.Text("She spoke to The Financial Times, LRT reports."), StatementKind.Indirect);
        Assert.Equal("She spoke to The Financial Times", statement.Content.Text);
        Assert.Equal("LRT", statement.Speaker?.Name);
    }

    [Fact]
    public void Adding_that_continues_the_speaker()
    {
        var analysis = Analyze.Text("“We are open,” Kaja Kallas said, adding that propaganda is aimed at war.");
        var statement = Analyze.Containing(analysis, "propaganda is aimed at war");
        Assert.Equal(StatementKind.Indirect, statement.Kind);
        Assert.Equal("Kaja Kallas", statement.Speaker?.Name);
    }

    [Fact]
    public void Colon_introducing_a_list()
    {
        var analysis = Analyze.Text("Jonas Gahr Støre also highlighted two points:\n- That a political solution is needed.\n- That aid must reach Mariupol.");
        var statement = Analyze.Single(analysis, StatementKind.Indirect);
        Assert.Contains("aid must reach Mariupol", statement.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reported_clause_stops_before_a_trailing_attribution()
    {
        var analysis = Analyze.Text("Gitanas Nausėda declined to rule out that instructors could be sent, TASS reported.");
        Assert.Contains(analysis.Statements, s => s.Content.Text == "instructors could be sent" && s.Speaker?.Name == "Gitanas Nausėda");
    }

    [Fact]
    public void Told_with_an_indirect_question()
    {
        var statement = Analyze.Single(Analyze.Text("Jonas Gahr Støre told Putin what Norway and its allies think about the war."), StatementKind.Indirect);
        Assert.Equal("what Norway and its allies think about the war", statement.Content.Text);
    }

    [Fact]
    public void A_reported_clause_stops_before_a_participle_clause()
    {
        var analysis = Analyze.Text("Jane Doe said things should be settled by July, referring to the party convention.");
        Assert.Equal("things should be settled by July", Analyze.Containing(analysis, "things should").Content.Text);
    }

    [Fact]
    public void Describe_as()
    {
        var statement = Analyze.Single(Analyze.Text("Kaja Kallas described Russia as a direct threat."), StatementKind.Indirect);
        Assert.Equal("Russia as a direct threat", statement.Content.Text);
    }

    [Fact]
    public void Partial_quote_inside_reported_speech_carries_the_clause()
    {
        var analysis = Analyze.Text("Støre pointed out that the conversation was “calm and orderly”, but that views differ.");
        var statement = Analyze.Single(analysis, StatementKind.Partial);
        Assert.Contains("“calm and orderly”", statement.Content.Text, StringComparison.Ordinal);
        Assert.StartsWith("the conversation", statement.Content.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Experience shows that prices rise.")]
    [InlineData("The report was published on Monday.")]
    [InlineData("Støre was asked how the war could affect relations.")]
    [InlineData("This stance was reported by RIA News.")]
    [InlineData("Before the speech, it was also known that Norway sent missiles.")]
    [InlineData("NATO member states can provide any assistance they deem appropriate.")]
    [InlineData("Read also\nPresident Zelenskyj asks Storting to send more weapons\nThe speech was met with applause.")]
    [InlineData("Donald Trump told CNN then.")]
    [InlineData("Hillary Clinton supported the bill in 2002.")]
    [InlineData("Anna Berg said to the crowd at the rally in the town square.")]
    [InlineData("The senator wanted to the end.")]
    [InlineData("Anna Berg criticized.")]
    [InlineData("Though he trails in the polls, Vik said on Monday.")]
    [InlineData("Mr. Lou said there.")]
    [InlineData("Results: according to the report.")]
    [InlineData("The praised plan went nowhere.")]
    public void Not_reported_speech(string text) =>
        Assert.DoesNotContain(Analyze.Text(text).Statements, s => s.Kind == StatementKind.Indirect && s.Speaker is not null);

    [Theory]
    [InlineData("Kallas, a lawyer who became prime minister in 2021, said the alliance is united.", "Kallas")]
    [InlineData("The alliance is united, a source close to the government said.", "a source close to the government")]
    [InlineData("The alliance is united, said Steve Bell, a senior director.", "Steve Bell")]
    [InlineData("In the early 1990s, Ms. Ripert said, the alliance was united.", "Ms. Ripert")]
    [InlineData("Hillary Clinton on Tuesday said that the alliance is united.", "Hillary Clinton")]
    [InlineData("The alliance is united, respondents said.", "respondents")]
    [InlineData("The alliance is united, said Robert Egge, executive director of the association.", "Robert Egge")]
    [InlineData("Jane Doe waved to the crowd but said the alliance is united.", "Jane Doe")]
    public void Speaker_around_apposition_trailing_and_time_phrases(string text, string mention)
    {
        var statement = Analyze.Single(Analyze.Text(text), StatementKind.Indirect);
        Assert.Contains("alliance", statement.Content.Text, StringComparison.Ordinal);
        Assert.Equal(mention, statement.Speaker?.Mention?.Text);
    }

    [Theory]
    [InlineData("Anna Berg stressed the vote was fair and said she would not resign.", "stressed", "the vote was fair")]
    [InlineData("Lars Vik argued the budget was too small but told the council he would vote for it.", "argued", "the budget was too small")]
    public void A_second_cue_verb_of_the_speaker_ends_the_first_ones_clause(string text, string cue, string content) =>
        Assert.Equal(content, Assert.Single(Analyze.Text(text).Statements, s => s.Cue?.Text == cue).Content.Text);

    [Theory]
    [InlineData("The fee is fair. Anna Berg proposed just that in 2013.", "proposed")]
    [InlineData("The fee is fair. Lars Vik rejected that, too.", "rejected")]
    [InlineData("The fee is fair. Erik Dahl has not discussed that with the mayor.", "discussed")]
    public void That_as_the_object_before_a_short_adjunct_reports_nothing(string text, string cue) =>
        Assert.DoesNotContain(Analyze.Text(text).Statements, s => s.Cue?.Text == cue);

    [Fact]
    public void A_that_clause_opening_with_a_time_phrase_is_still_reported() =>
        Assert.Equal("in 2013 the plan failed", Assert.Single(Analyze.Text("Anna Berg said that in 2013 the plan failed.").Statements).Content.Text);

    [Theory]
    [InlineData("Though Anna Berg said the plan would fail, the council approved it on Monday.", "the plan would fail")]
    [InlineData("After Lars Vik announced that the mine would close, hundreds of workers marched to the town hall.", "the mine would close")]
    [InlineData("Lars Vik, who said the talks had stalled, left the meeting early.", "the talks had stalled")]
    public void A_clause_reported_inside_a_subordinate_or_relative_clause_ends_at_its_comma(string text, string content) =>
        Assert.Equal(content, Assert.Single(Analyze.Text(text).Statements, s => s.Kind == StatementKind.Indirect).Content.Text);

    [Fact]
    public void A_country_speaks_as_an_organisation()
    {
        var analysis = Analyze.Text("Norway condemns that the attack happened.");
        Assert.Equal(AttributionMethod.Organization, Analyze.Single(analysis, StatementKind.Indirect).Speaker?.Method);
        Assert.DoesNotContain(analysis.Entities, e => e.Kind == EntityKind.Person);
    }
}
