using StatementKit.Data;
using StatementKit.Quotes;
using StatementKit.Text;

namespace StatementKit.Tests.Quotes;

public sealed class CueModelTests
{
    [Fact]
    public void Written_features_and_scored_features_hash_alike()
    {
        Assert.Equal(FeatureHash.Of("w=said"), FeatureHash.Of('w', "Said", default, pair: false));
        Assert.Equal(FeatureHash.Of("W=vowed|to"), FeatureHash.Of('W', "VOWED", "To", pair: true));
        Assert.NotEqual(FeatureHash.Of("w=said"), FeatureHash.Of('w', "said", "", pair: true));
    }

    [Fact]
    public void Rows_give_weights_and_threshold()
    {
        var model = CueModel.FromRows([["@threshold", "0.5"], ["b=", "-4"], ["w=grumbled", "9"], ["broken"], ["w=x", "not-a-number"]]);
        var reader = Reader("The mayor grumbled that taxes rose.");
        Assert.Equal(0.5, model.Threshold);
        Assert.True(model.Accepts(reader, 2, StatementKitData.Default));
        Assert.False(model.Accepts(reader, 4, StatementKitData.Default));
    }

    [Fact]
    public void Empty_model_accepts_nothing()
    {
        var model = CueModel.FromRows([["@threshold", "0.1"]]);
        Assert.True(model.IsEmpty);
        Assert.False(model.Accepts(Reader("The mayor grumbled that taxes rose."), 2, StatementKitData.Default));
    }

    [Fact]
    public void Shipped_model_finds_a_cue_the_lexicon_lacks_with_lower_confidence()
    {
        var analysis = Analyze.Text("The city council ordered the agency to release the files within a week.");
        var statement = Analyze.Single(analysis, StatementKind.Indirect);
        Assert.Equal("ordered", statement.Cue?.Text);
        Assert.Equal("The city council", statement.Speaker?.Mention?.Text);
        Assert.True(statement.Confidence < 0.5);
    }

    [Fact]
    public void Closed_class_words_and_adverbs_are_never_candidates()
    {
        var reader = Reader("She also said that the plan was recently approved.");
        Assert.False(CueFeatures.IsCandidate(reader, 1)); // also
        Assert.False(CueFeatures.IsCandidate(reader, 4)); // the
        Assert.False(CueFeatures.IsCandidate(reader, 7)); // recently
        Assert.True(CueFeatures.IsCandidate(reader, 5)); // plan
    }

    [Fact]
    public void A_data_folder_can_replace_the_model()
    {
        var folder = Directory.CreateTempSubdirectory("statementkit-model-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "cue-model.tsv"), "# no weights: the model is off\n");
            var analyzer = StatementAnalyzer.CreateDefault(o => o.DataDirectory = folder.FullName);
            var analysis = analyzer.Analyze(Article.FromText("The city council ordered the agency to release the files within a week."));
            Assert.DoesNotContain(analysis.Statements, s => s.Cue?.Text == "ordered");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static TokenReader Reader(string text) => new(text, Tokenizer.Tokenize(text, new TextSpan(0, text.Length)));
}
