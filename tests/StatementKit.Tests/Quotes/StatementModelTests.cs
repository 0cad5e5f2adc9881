namespace StatementKit.Tests.Quotes;

public sealed class StatementModelTests
{
    private const string Text = "“We will never give up,” Anna Berg said on Monday. Lars Vik said the plan was sound.";

    [Fact]
    public void Confidence_is_the_models_probability_not_the_rules_constant()
    {
        var analysis = Analyze.Text(Text);
        var direct = Analyze.Single(analysis, StatementKind.Direct);
        var indirect = Analyze.Single(analysis, StatementKind.Indirect);
        Assert.InRange(direct.Confidence, 0.5, 1);
        Assert.InRange(indirect.Confidence, 0.5, 1);
        Assert.NotEqual(0.9, direct.Confidence); // the attributed-quote rule's own confidence
        Assert.NotEqual(0.6, indirect.Confidence); // the bare-clause rule's own confidence
    }

    [Fact]
    public void Without_the_model_the_rules_keep_their_own_confidence()
    {
        using var folder = new DataFolder(("statement-model.tsv", "# no weights: statements keep their rules' confidence\n"));
        var analysis = StatementAnalyzer.CreateDefault(o => o.DataDirectory = folder.Path).Analyze(Article.FromText(Text));
        Assert.Equal(0.9, Analyze.Single(analysis, StatementKind.Direct).Confidence);
    }

    [Fact]
    public void Reported_speech_below_the_threshold_is_left_out_and_direct_quotes_only_rescored()
    {
        // A model that rejects every statement: reported speech goes, the direct quote stays with a low confidence.
        using var folder = new DataFolder(("statement-model.tsv", "@threshold\t0.5\nb=\t-5\nk=nested\t1\n"));
        var analysis = StatementAnalyzer.CreateDefault(o => o.DataDirectory = folder.Path).Analyze(Article.FromText(Text));
        var only = Assert.Single(analysis.Statements);
        Assert.Equal(StatementKind.Direct, only.Kind);
        Assert.InRange(only.Confidence, 0, 0.05); // the model's 0.01, through the shipped calibration
    }
}
