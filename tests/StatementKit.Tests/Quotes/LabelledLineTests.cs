namespace StatementKit.Tests.Quotes;

public sealed class LabelledLineTests
{
    [Fact]
    public void Transcript_turns_run_until_the_next_label()
    {
        var analysis = Analyze.Text("Title\n\nQ: Did the agency take care of you? A: No, no one did. Nobody checked up on us.\n\nWALLACE: Let us start with the debate.");
        var question = Analyze.Containing(analysis, "take care of you");
        Assert.Equal("Did the agency take care of you?", question.Content.Text);
        Assert.Equal("Q", question.Speaker?.Mention?.Text);
        Assert.Equal("No, no one did. Nobody checked up on us", Analyze.Containing(analysis, "no one did").Content.Text);
        Assert.Equal("WALLACE", Analyze.Containing(analysis, "Let us start").Speaker?.Mention?.Text);
    }

    [Fact]
    public void Headline_label_names_the_speaker_of_one_sentence()
    {
        var analysis = Analyze.Text("Anna Berg: Taxes will not rise next year. The minister spoke in Oslo on Monday.");
        var statement = Analyze.Containing(analysis, "Taxes will not rise");
        Assert.Equal("Taxes will not rise next year", statement.Content.Text);
        Assert.Equal("Anna Berg", statement.Speaker?.Name);
    }

    [Theory]
    [InlineData("Photo: The minister arrives in Oslo on Monday.")]
    [InlineData("Editor's Note: An earlier version of this article misstated the date.")]
    [InlineData("The meeting starts at 10:30 and ends at noon today.")]
    [InlineData("Voters were told one thing. Remember: the vote is on Sunday this year.")]
    [InlineData("Wow: The Mayor Of Bergen Just Made A Promise Nobody Expected. The council met on Monday.")]
    [InlineData("Revealed: What The Budget Really Contains For Farmers. The council met on Monday.")]
    [InlineData("Bombshell: The Minister Has A New Reason To Worry. The council met on Monday.")]
    [InlineData("Contributing: Anna Berg, Lars Vik and Erik Dahl.")]
    public void Labels_that_name_no_speaker_are_not_statements(string text) =>
        Assert.DoesNotContain(Analyze.Text(text).Statements, s => s.Cue?.Text == ":");
}
