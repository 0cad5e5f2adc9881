using System.Collections.Frozen;
using StatementKit.Data;
using StatementKit.Learning;
using StatementKit.Text;

namespace StatementKit.Quotes;

/// <summary>
/// The learnt cue model's log-odds for a word, read at nearly every word outside quotes: the features of
/// <see cref="CueFeatures.Extract"/>, summed in the same order (so the sums are equal to the last bit), but each value is
/// hashed once and finished under every template that reads it (the word under <c>w</c> and, continued, <c>W</c>; its
/// stem on the way to the word under <c>L</c> and <c>S</c>), and the features whose values are a handful of constants
/// (bias, shapes, "that" ahead, a quote near) are looked up once, when the scorer is built. With the packed weight
/// table this took the model over every token of the PolNeAR dev articles from 14.5 to 10.6 ms (steady state, one
/// thread); it is still about a sixth of the analysis, most of it cache misses in the table. Immutable and safe to
/// share between threads.
/// </summary>
internal sealed class CueScorer
{
    private readonly LinearModel model;
    private readonly FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> pronouns;
    private readonly FrozenDictionary<string, CueVerb>.AlternateLookup<ReadOnlySpan<char>> lexicon;
    private readonly float bias;
    private readonly float[] before;
    private readonly float[] after;
    private readonly float[] thatAhead;
    private readonly float[] quoteNear;
    private readonly float notListed;

    public CueScorer(StatementKitData data)
    {
        model = data.CueModel;
        pronouns = data.Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        lexicon = data.CueVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        bias = Weight('b', string.Empty);
        before = [.. CueFeatures.ShapeNames.Select(s => Weight('c', s))];
        after = [.. CueFeatures.ShapeNames.Select(s => Weight('d', s))];
        thatAhead = [Weight('T', "no"), Weight('T', "yes")];
        quoteNear = [Weight('Q', "no"), Weight('Q', "yes")];
        notListed = Weight('l', "none");
    }

    /// <summary>Whether the model takes the word at <paramref name="index"/> (a <see cref="CueFeatures.IsCandidate"/>) for a cue.</summary>
    public bool Accepts(in TokenReader reader, int index) => LinearModel.Logistic(Sum(reader, index)) >= model.Threshold;

    /// <summary>The sum of the weights of the word's features, as <see cref="LinearModel.Scorer"/> adds them.</summary>
    public double Sum(in TokenReader reader, int index)
    {
        var word = reader.Chars(index);
        var stemLength = CueFeatures.Stem(word).Length;
        var stem = FeatureHash.Continue(FeatureHash.Start, word[..stemLength]);
        var whole = FeatureHash.Continue(stem, word[stemLength..]);
        var previous = CueFeatures.Neighbour(reader, index - 1);
        var next = CueFeatures.Neighbour(reader, index + 1);
        var previousHash = FeatureHash.Continue(FeatureHash.Start, previous);
        var nextHash = FeatureHash.Continue(FeatureHash.Start, next);

        // The order of Extract: b w s p q n m W P c d L S T Q l.
        var sum = 0.0;
        sum += bias;
        sum += Weight(whole, 'w');
        sum += Weight(FeatureHash.Continue(FeatureHash.Start, word[^CueFeatures.SuffixLength..]), 's');
        sum += Weight(previousHash, 'p');
        sum += Weight(FeatureHash.Continue(FeatureHash.Start, CueFeatures.Neighbour(reader, index - 2)), 'q');
        sum += Weight(nextHash, 'n');
        sum += Weight(FeatureHash.Continue(FeatureHash.Start, CueFeatures.Neighbour(reader, index + 2)), 'm');
        sum += Weight(FeatureHash.Continue(FeatureHash.Separator(whole), next), 'W');
        sum += Weight(FeatureHash.Continue(FeatureHash.Separator(previousHash), word), 'P');
        sum += before[CueFeatures.ShapeOf(reader, index - 1, pronouns)];
        sum += after[CueFeatures.ShapeOf(reader, index + 1, pronouns)];
        sum += Weight(stem, 'L');
        sum += Weight(FeatureHash.Continue(FeatureHash.Separator(stem), next), 'S');
        sum += thatAhead[CueFeatures.Ahead(reader, index, "that") ? 1 : 0];
        sum += quoteNear[CueFeatures.QuoteNear(reader, index) ? 1 : 0];
        sum += lexicon.TryGetValue(word, out var cue)
            ? Weight('l', CueFeatures.LexiconValue(cue))
            : notListed;
        return sum;
    }

    private float Weight(ulong value, char template) => model.Weight(FeatureHash.Finish(value, template));

    private float Weight(char template, string value) => model.Weight(FeatureHash.Of(template, value, default, pair: false));
}
