namespace StatementKit.Tests.Speakers;

/// <summary>Entities are people, organisations or groups, named by the longest form the article uses, as written.</summary>
public sealed class EntityNamingTests
{
    [Theory]
    [InlineData("“We will not back down,” said Mayor Jane Doe on Monday.", "Jane Doe")]
    [InlineData("“The budget is sound,” said Anna Berg in an Aug. 28 email.", "Anna Berg")]
    [InlineData("“The budget is sound,” said Anna Berg at a news conference in Oslo.", "Anna Berg")]
    [InlineData("“We are ready,” said officials in the region.", "officials in the region")]
    public void An_adjunct_after_the_speaker_ends_the_speaker_phrase(string text, string speaker)
    {
        var statement = Assert.Single(Analyze.Text(text).Statements);
        Assert.Equal(speaker, statement.Speaker?.Name);
    }

    [Fact]
    public void Initials_keep_their_dots()
    {
        var analysis = Analyze.Text("Anna K. Berg chairs the board. “We will grow,” Berg said.");
        Assert.Equal("Anna K. Berg", Assert.Single(analysis.Entities, e => e.Kind == EntityKind.Person).Name);
        Assert.Equal("Anna K. Berg", Assert.Single(analysis.Statements).Speaker?.Name);
    }

    [Fact]
    public void Two_people_who_share_a_surname_stay_two_entities()
    {
        var analysis = Analyze.Text("Hillary Clinton spoke first. Then Bill Clinton took the stage. “My wife is ready,” Bill Clinton said. "
            + "Later Hillary Clinton spoke again. “I am ready,” Clinton said.");
        var people = analysis.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Name).ToList();
        Assert.Contains("Hillary Clinton", people);
        Assert.Contains("Bill Clinton", people);
        Assert.Equal("Bill Clinton", Analyze.Containing(analysis, "My wife").Speaker?.Name);
        Assert.Equal("Hillary Clinton", Analyze.Containing(analysis, "I am ready").Speaker?.Name);
    }

    /// <summary>
    /// A namesake named in full more often but later does not take the surname from the article's subject (a PolNeAR
    /// train story gave "Clinton" and her "she said" to Bill Clinton, named in full three times to her two).
    /// </summary>
    [Fact]
    public void A_bare_surname_names_the_namesake_introduced_first()
    {
        var analysis = Analyze.Text("Hillary Clinton campaigned in Ohio on Sunday.\n\n"
            + "Bill Clinton was not there. Bill Clinton stayed home. Aides said Bill Clinton would travel later.\n\n"
            + "“We will win Ohio,” Clinton said. Hillary Clinton then left for Iowa.");
        Assert.Equal("Hillary Clinton", analysis.Statements.Single(s => s.Kind == StatementKind.Direct).Speaker?.Name);
    }

    [Fact]
    public void A_surname_speaker_takes_the_full_name_the_article_gives()
    {
        var analysis = Analyze.Text("Geoff Garin, a Democratic pollster, has studied the race. “The economy is the story,” Mr. Garin said.");
        Assert.Equal("Geoff Garin", Assert.Single(analysis.Statements).Speaker?.Name);
    }

    [Theory]
    [InlineData("The Great Depression was hard, said Tim Kaine.", "Great Depression")]
    [InlineData("Nova Scotia will hold an election, the premier said.", "Nova Scotia")]
    [InlineData("The whales stranded on Stewart Beach on Monday, and the beach stayed closed, said Anna Berg.", "Stewart Beach")]
    [InlineData("Players can pay with Apple Pay, as most players pay by phone, said Anna Berg.", "Apple Pay")]
    public void Places_and_events_are_no_people(string text, string notAPerson)
    {
        var analysis = Analyze.Text(text);
        Assert.DoesNotContain(analysis.Entities, e => e.Kind == EntityKind.Person && e.Name.Contains(notAPerson, StringComparison.Ordinal));
    }

    /// <summary>The finder joins a run's words in a stack buffer up to 256 characters and on the heap past it.</summary>
    [Theory]
    [InlineData(5)]
    [InlineData(400)]
    public void A_name_of_long_words_is_read_whatever_their_length(int length)
    {
        var surname = "K" + new string('x', length);
        var analysis = Analyze.Text($"“We will win,” said Anna {surname}. Later {surname} left.");
        Assert.Equal("Anna " + surname, Assert.Single(analysis.Statements).Speaker?.Name);
    }

    [Fact]
    public void A_place_before_a_party_title_qualifies_the_name()
    {
        var analysis = Analyze.Text("The plan is sound, said Virginia Democrat Tim Kaine.");
        Assert.Equal("Tim Kaine", Assert.Single(analysis.Statements).Speaker?.Name);
    }

    [Fact]
    public void A_capitalised_common_word_is_no_new_person()
    {
        var analysis = Analyze.Text("The findings were clear. Following the vote, officials met.\n\nFindings showed that voters were worried.");
        Assert.DoesNotContain(analysis.Entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void A_quote_interrupted_by_its_attribution_keeps_its_parts()
    {
        var analysis = Analyze.Text("“It was hard,” she said, “but we made it.”");
        var statement = Assert.Single(analysis.Statements);
        Assert.Equal(["It was hard,", "but we made it."], statement.Parts.Select(p => p.Text));
        Assert.All(statement.Parts, p => Assert.Equal(analysis.Text.Substring(p.Start, p.Length), p.Text));
        Assert.Empty(Assert.Single(Analyze.Text("“It was hard,” she said.").Statements).Parts);
    }

    [Fact]
    public void A_surname_alone_names_the_namesake_the_article_is_about()
    {
        var analysis = Analyze.Text("Hillary Clinton campaigned in Ohio. Hillary Clinton met voters there.\n\nHer husband, Bill Clinton, was absent.\n\n"
            + "Voters cheered.\n\n“We will win,” Clinton said.");
        Assert.Equal("Hillary Clinton", Analyze.Containing(analysis, "We will win").Speaker?.Name);
    }

    [Fact]
    public void A_she_goes_to_the_woman_named_since_the_last_statement_not_to_the_husband_who_spoke()
    {
        var analysis = Analyze.Text("Lisa Smith runs the bakery with her husband, Tom Smith. “It is our life,” he says.\n\n"
            + "Lisa Smith opened it in 1990. “We love it,” she said.");
        Assert.Equal("Tom Smith", Analyze.Containing(analysis, "It is our life").Speaker?.Name);
        Assert.Equal("Lisa Smith", Analyze.Containing(analysis, "We love it").Speaker?.Name);
    }

    [Fact]
    public void A_pronoun_takes_the_subject_of_its_sentence_over_a_later_object()
    {
        var analysis = Analyze.Text("Sandy Phillips, whose daughter Jessica Ghawi died in the shooting, said she was disappointed.");
        Assert.Equal("Sandy Phillips", Assert.Single(analysis.Statements).Speaker?.Name);
    }

    [Theory]
    [InlineData("The Sanders campaign said the rules were unfair.", "Sanders campaign")]
    [InlineData("Clinton’s campaign said the rules were unfair.", "Clinton’s campaign")]
    [InlineData("A Bloomberg poll showed that voters were split.", "Bloomberg")]
    [InlineData("The State Department released the emails. The agency said it had worked hard.", "State Department")]
    [InlineData("The Democratic National Committee met on Friday. The DNC said the breach was serious.", "Democratic National Committee")]
    public void Organisations_are_named_as_written_and_descriptors_refer_back_to_them(string text, string speaker)
    {
        var statement = Assert.Single(Analyze.Text(text).Statements, s => s.Speaker is not null);
        Assert.Equal(speaker, statement.Speaker?.Name);
        Assert.Equal(EntityKind.Organization, Analyze.Text(text).Entities[statement.Speaker!.EntityIndex].Kind);
    }

    [Theory]
    [InlineData("Following the vote, the tax said it would rise.")]
    [InlineData("She's a fighter, critics said.")]
    public void Phrases_that_name_no_one_are_no_person(string text)
    {
        Assert.DoesNotContain(Analyze.Text(text).Entities, e => e.Kind == EntityKind.Person);
    }
}
