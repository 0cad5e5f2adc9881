using StatementKit.Quotes;
using StatementKit.Text;

namespace StatementKit.Tests.Quotes;

public sealed class CueModelTests
{
    private const string Ordered = "The city council ordered the agency to release the files within a week.";

    [Fact]
    public void Shipped_model_finds_a_cue_the_lexicon_lacks()
    {
        var statement = Analyze.Single(Analyze.Text(Ordered), StatementKind.Indirect);
        Assert.Equal("ordered", statement.Cue?.Text);
        Assert.Equal("The city council", statement.Speaker?.Mention?.Text);
    }

    [Fact]
    public void Physical_acts_are_never_learnt_cues()
    {
        var analysis = Analyze.Text("If Russian forces attacked the Alliance, the treaty would apply at once.");
        Assert.DoesNotContain(analysis.Statements, s => s.Cue?.Text == "attacked");
    }

    [Fact]
    public void Closed_class_words_adverbs_and_nouns_after_a_determiner_are_never_candidates()
    {
        var text = "She also noted that the plan was recently approved.";
        var reader = new TokenReader(text, Tokenizer.Tokenize(text, new TextSpan(0, text.Length)));
        Assert.False(CueFeatures.IsCandidate(reader, 1)); // also
        Assert.False(CueFeatures.IsCandidate(reader, 4)); // the
        Assert.False(CueFeatures.IsCandidate(reader, 5)); // plan, after "the"
        Assert.False(CueFeatures.IsCandidate(reader, 7)); // recently
        Assert.True(CueFeatures.IsCandidate(reader, 2)); // noted
        Assert.True(CueFeatures.IsCandidate(reader, 8)); // approved
    }

    [Fact]
    public void A_data_folder_can_switch_the_model_off()
    {
        using var folder = new DataFolder(("cue-model.tsv", "# no weights: the model is off\n"));
        var analysis = StatementAnalyzer.CreateDefault(o => o.DataDirectory = folder.Path).Analyze(Article.FromText(Ordered));
        Assert.DoesNotContain(analysis.Statements, s => s.Cue?.Text == "ordered");
    }
}
