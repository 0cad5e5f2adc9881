namespace StatementKit.Tests.Merging;

/// <summary>Statement types from the cue: communication, propositional attitude, factive, control (PDTB 2.0).</summary>
public sealed class StatementTypeTests
{
    [Theory]
    [InlineData("Anna Berg said that taxes would not rise.", "taxes would not rise", StatementType.Assertion)]
    [InlineData("Anna Berg argued that taxes would not rise.", "taxes would not rise", StatementType.Assertion)]
    [InlineData("According to Anna Berg, taxes will not rise.", "taxes will not rise", StatementType.Assertion)]
    [InlineData("Anna Berg believes that the plan will work.", "the plan will work", StatementType.Belief)]
    [InlineData("Anna Berg fears that the plan will fail.", "the plan will fail", StatementType.Belief)]
    [InlineData("A new study found that prices fell in May.", "prices fell in May", StatementType.Fact)]
    [InlineData("Anna Berg knows that the rules are clear.", "the rules are clear", StatementType.Fact)]
    [InlineData("Anna Berg vowed to fight the ruling in court.", "to fight the ruling in court", StatementType.Eventuality)]
    [InlineData("Anna Berg agreed to meet the union leaders.", "to meet the union leaders", StatementType.Eventuality)]
    [InlineData("“We will fight this,” Anna Berg said.", "We will fight this,", StatementType.Assertion)]
    public void The_cue_decides_the_type(string text, string content, StatementType expected)
    {
        var statement = Assert.Single(Analyze.Text(text).Statements, s => s.Content.Text == content);
        Assert.Equal(expected, statement.Type);
    }

    [Fact]
    public void Types_leave_out_the_others()
    {
        const string Text = "Anna Berg said that taxes would not rise. Anna Berg believes that the plan will work. Anna Berg vowed to fight the ruling in court.";
        var all = StatementAnalyzer.CreateDefault().Analyze(Article.FromText(Text));
        Assert.Equal([StatementType.Assertion, StatementType.Belief, StatementType.Eventuality], all.Statements.Select(s => s.Type));
        var speech = StatementAnalyzer.CreateDefault(o =>
        {
            o.Types.Clear();
            o.Types.Add(StatementType.Assertion);
        }).Analyze(Article.FromText(Text));
        Assert.Equal("taxes would not rise", Assert.Single(speech.Statements).Content.Text);
    }

    [Fact]
    public void No_type_at_all_is_invalid() =>
        Assert.Throws<ArgumentException>(() => StatementAnalyzer.CreateDefault(o => o.Types.Clear()));
}
