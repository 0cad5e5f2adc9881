using System.Collections.Frozen;
using System.Globalization;
using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Quotes;

/// <summary>
/// A logistic-regression model that scores how likely a word reports speech or belief in its context ("sought",
/// "vowed", "insists" as cues; "told" before a bare object as none), learnt from an annotated corpus and shipped as
/// <c>cue-model.tsv</c>: one feature and its weight a line, readable and diffable. It finds the cues the lexicon
/// lacks; the scanner's rules still decide the content and speaker around them.
/// </summary>
internal sealed class CueModel
{
    /// <summary>The name of the row that holds the decision threshold.</summary>
    public const string ThresholdFeature = "@threshold";

    private readonly FrozenDictionary<ulong, float> weights;

    private CueModel(FrozenDictionary<ulong, float> weights, double threshold)
    {
        this.weights = weights;
        Threshold = threshold;
    }

    /// <summary>A model that accepts nothing.</summary>
    public static CueModel Empty { get; } = new(FrozenDictionary<ulong, float>.Empty, double.PositiveInfinity);

    /// <summary>Probabilities from this value up make a cue.</summary>
    public double Threshold { get; }

    public bool IsEmpty => weights.Count == 0;

    /// <summary>Reads <c>feature TAB weight</c> rows; the <see cref="ThresholdFeature"/> row sets the threshold.</summary>
    public static CueModel FromRows(IEnumerable<string[]> rows)
    {
        var table = new Dictionary<ulong, float>();
        var threshold = double.PositiveInfinity;
        foreach (var row in rows)
        {
            if (row.Length < 2 || !double.TryParse(row[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            if (row[0] == ThresholdFeature)
            {
                threshold = value;
            }
            else
            {
                table[FeatureHash.Of(row[0])] = (float)value;
            }
        }

        return table.Count == 0 ? Empty : new CueModel(table.ToFrozenDictionary(), threshold);
    }

    /// <summary>The probability that the word at <paramref name="index"/> is a cue.</summary>
    public double Score(in TokenReader reader, int index, StatementKitData data)
    {
        var sink = new ScoringSink(weights);
        CueFeatures.Extract(reader, index, data, ref sink);
        return 1 / (1 + Math.Exp(-sink.Sum));
    }

    /// <summary>Whether the word at <paramref name="index"/> is a cue by this model.</summary>
    public bool Accepts(in TokenReader reader, int index, StatementKitData data) =>
        !IsEmpty && CueFeatures.IsCandidate(reader, index) && Score(reader, index, data) >= Threshold;

    private struct ScoringSink : ICueFeatureSink
    {
        private readonly FrozenDictionary<ulong, float> weights;

        public ScoringSink(FrozenDictionary<ulong, float> weights)
        {
            this.weights = weights;
            Sum = 0;
        }

        public double Sum { get; private set; }

        public void Add(char template, ReadOnlySpan<char> first, ReadOnlySpan<char> second, bool pair)
        {
            if (weights.TryGetValue(FeatureHash.Of(template, first, second, pair), out var weight))
            {
                Sum += weight;
            }
        }
    }
}

/// <summary>
/// FNV-1a over a feature's written form (<c>t=first</c> or <c>t=first|second</c>, lower-cased), so the scorer hashes
/// features without building their strings and the model file can still list them by name.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(string written)
    {
        var hash = Offset;
        foreach (var c in written)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    public static ulong Of(char template, ReadOnlySpan<char> first, ReadOnlySpan<char> second, bool pair)
    {
        var hash = Step(Step(Offset, template), '=');
        foreach (var c in first)
        {
            hash = Step(hash, char.ToLowerInvariant(c));
        }

        if (pair)
        {
            hash = Step(hash, '|');
            foreach (var c in second)
            {
                hash = Step(hash, char.ToLowerInvariant(c));
            }
        }

        return hash;
    }

    /// <summary>The written form of a feature, as the model file lists it.</summary>
    public static string Written(char template, ReadOnlySpan<char> first, ReadOnlySpan<char> second, bool pair) =>
        pair
            ? string.Concat($"{template}=", first.ToString().ToLowerInvariant(), "|", second.ToString().ToLowerInvariant())
            : string.Concat($"{template}=", first.ToString().ToLowerInvariant());

    private static ulong Step(ulong hash, char c) => (hash ^ c) * Prime;
}
