using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Learning;
using StatementKit.Quotes;
using StatementKit.Text;

namespace StatementKit.Tests.Quotes;

public sealed class CueScorerTests
{
    /// <summary>
    /// The runtime scorer hashes each value once and sums the weights itself; the trainer reads the features through
    /// <see cref="CueFeatures.Extract"/>. On every candidate word of the seed articles (and of text with unusual
    /// neighbours: sentence edges, numbers, quotes, pronouns, upper case) both must give the same sum to the last bit.
    /// </summary>
    [Fact]
    public void Sums_equal_the_features_of_the_trainer_on_every_candidate()
    {
        var data = StatementKitData.Default;
        var scorer = new CueScorer(data);
        var loader = new DocumentLoader(data);
        var texts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Select(File.ReadAllText)
            .Append("ordered 3 \"told\" He VOWED that they ordered, insisting; 12 warned it ÉCRIT écrit décrété.").ToList();
        var candidates = 0;
        var accepted = 0;
        foreach (var text in texts)
        {
            var document = loader.Load(Article.FromText(text), CancellationToken.None);
            var reader = new TokenReader(document.Text, document.Tokens);
            for (var k = 0; k < reader.Count; k++)
            {
                if (!CueFeatures.IsCandidate(reader, k))
                {
                    continue;
                }

                var expected = data.CueModel.NewScorer();
                CueFeatures.Extract(reader, k, data, ref expected);
                Assert.Equal(expected.Sum, scorer.Sum(reader, k));
                Assert.Equal(expected.Probability >= data.CueModel.Threshold, scorer.Accepts(reader, k));
                candidates++;
                accepted += scorer.Accepts(reader, k) ? 1 : 0;
            }
        }

        Assert.True(candidates > 500, $"{candidates} candidates");
        Assert.True(accepted > 0);
    }

    [Fact]
    public void Every_feature_of_the_shipped_models_has_its_own_key()
    {
        foreach (var file in new[] { "cue-model.tsv", "statement-model.tsv" })
        {
            var features = DataFile.Rows(file, overrideDirectory: null).Where(r => r.Length >= 2 && r[0] != LinearModel.ThresholdFeature).Select(r => r[0]).ToList();
            Assert.NotEmpty(features);
            Assert.Equal(features.Distinct(StringComparer.Ordinal).Count(), features.Select(FeatureHash.Of).Distinct().Count());
        }
    }
}
