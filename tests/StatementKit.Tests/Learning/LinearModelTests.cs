using StatementKit.Learning;

namespace StatementKit.Tests.Learning;

public sealed class LinearModelTests
{
    [Fact]
    public void Written_features_and_scored_features_hash_alike()
    {
        Assert.Equal(FeatureHash.Of("w=said"), FeatureHash.Of('w', "Said", default, pair: false));
        Assert.Equal(FeatureHash.Of("w=vowed|to"), FeatureHash.Of('w', "VOWED", "To", pair: true));
        Assert.NotEqual(FeatureHash.Of("w=said"), FeatureHash.Of('w', "said", "", pair: true));
        Assert.Equal("w=vowed|to", FeatureHash.Written('w', "Vowed", "TO", pair: true));
    }

    [Fact]
    public void Rows_give_weights_and_threshold_and_bad_rows_are_skipped()
    {
        var model = LinearModel.FromRows([["@threshold", "0.5"], ["b=", "-4"], ["w=grumbled", "9"], ["broken"], ["w=x", "not-a-number"], ["w=y", "NaN"]]);
        Assert.Equal(0.5, model.Threshold);
        Assert.False(model.IsEmpty);

        var grumbled = model.NewScorer();
        grumbled.Add('b', default, default, pair: false);
        grumbled.Add('w', "Grumbled", default, pair: false);
        Assert.Equal(1 / (1 + Math.Exp(-5)), grumbled.Probability, 6);

        var other = model.NewScorer();
        other.Add('b', default, default, pair: false);
        other.Add('w', "said", default, pair: false);
        Assert.True(other.Probability < model.Threshold);
    }

    [Fact]
    public void A_model_without_weights_is_empty_and_accepts_nothing()
    {
        var model = LinearModel.FromRows([["@threshold", "0.1"]]);
        Assert.True(model.IsEmpty);
        Assert.Same(LinearModel.Empty, model);
        Assert.Equal(double.PositiveInfinity, model.Threshold);
    }

    [Fact]
    public void Weight_table_finds_every_key_it_holds_and_nothing_else()
    {
        // Keys chosen to share home slots (multiples of a power of two) as well as spread ones, so probing is exercised.
        var entries = Enumerable.Range(0, 300).ToDictionary(i => i % 2 == 0 ? (ulong)i << 40 : FeatureHash.Of($"w={i}"), i => (float)i + 0.5f);
        var table = new WeightTable(entries);
        Assert.Equal(300, table.Count);
        foreach (var (key, weight) in entries)
        {
            Assert.Equal(weight, table[key]);
            Assert.True(table.TryGetValue(key, out var found));
            Assert.Equal(weight, found);
        }

        Assert.Equal(0f, table[FeatureHash.Of("w=absent")]);
        Assert.False(table.TryGetValue(1UL << 63, out _));
        Assert.Equal(0f, new WeightTable(new Dictionary<ulong, float>())[0]);
    }
}
