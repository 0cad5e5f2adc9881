using System.Collections.Frozen;
using StatementKit.Data;
using StatementKit.Learning;
using StatementKit.Text;

namespace StatementKit.Quotes;

/// <summary>
/// The features the cue model (<c>cue-model.tsv</c>) reads around a word: the word, its ending, its neighbours, their shapes and what the
/// cue lexicon says of it. Shared by the trainer and the tests; the runtime's <see cref="CueScorer"/> sums the weights of the
/// same features in the same order without passing them through a sink (a test holds the two to the same sums).
/// </summary>
internal static class CueFeatures
{
    private const int MinWordLength = 3;
    private const int LookAround = 3;

    /// <summary>The length of the word's ending that the <c>s</c> feature reads.</summary>
    public const int SuffixLength = MinWordLength;

    /// <summary>The values of the neighbour-shape features, by <see cref="ShapeOf"/>.</summary>
    public static readonly string[] ShapeNames = ["none", "punct", "pronoun", "number", "capital", "lower"];

    /// <summary>
    /// Lower-case words that are not closed-class (determiners, auxiliaries, connectives, pronouns) or adverbs, and do
    /// not follow a determiner: the nouns after one ("the statement", "his criticism") are cues the rules cannot read.
    /// </summary>
    public static bool IsCandidate(in TokenReader reader, int index) =>
        reader.IsLowerWord(index) && reader[index].Length >= MinWordLength
        && !WordClasses.IsClauseWord(reader.Chars(index)) && !WordClasses.IsDeterminer(reader.Chars(index))
        && !WordClasses.IsVerbModifier(reader.Chars(index))
        && !(index > 0 && reader[index - 1].IsWord && WordClasses.IsDeterminer(reader.Chars(index - 1)));

    public static void Extract<TSink>(in TokenReader reader, int index, StatementKitData data, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var word = reader.Chars(index);
        var pronouns = data.Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<char> none = default;
        sink.Add('b', none, none, pair: false);
        sink.Add('w', word, none, pair: false);
        sink.Add('s', word[^SuffixLength..], none, pair: false);

        var previous = Neighbour(reader, index - 1);
        var next = Neighbour(reader, index + 1);
        sink.Add('p', previous, none, pair: false);
        sink.Add('q', Neighbour(reader, index - 2), none, pair: false);
        sink.Add('n', next, none, pair: false);
        sink.Add('m', Neighbour(reader, index + 2), none, pair: false);
        sink.Add('W', word, next, pair: true);
        sink.Add('P', previous, word, pair: true);
        sink.Add('c', ShapeNames[ShapeOf(reader, index - 1, pronouns)], none, pair: false);
        sink.Add('d', ShapeNames[ShapeOf(reader, index + 1, pronouns)], none, pair: false);

        var stem = Stem(word);
        sink.Add('L', stem, none, pair: false);
        sink.Add('S', stem, next, pair: true);
        sink.Add('T', Ahead(reader, index, "that") ? "yes" : "no", none, pair: false);
        sink.Add('Q', QuoteNear(reader, index) ? "yes" : "no", none, pair: false);

        var lexicon = data.CueVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        sink.Add('l', lexicon.TryGetValue(word, out var cue) ? LexiconValue(cue) : "none", none, pair: false);
    }

    /// <summary>The word less a common inflection ("vowed", "vowing", "vows" → "vow").</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["ing", "ied", "ies", "ed", "es", "s"])
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    public static bool Ahead(in TokenReader reader, int index, string word)
    {
        for (var k = index + 1; k <= index + LookAround && k < reader.Count; k++)
        {
            if (reader.Is(k, word))
            {
                return true;
            }
        }

        return false;
    }

    public static bool QuoteNear(in TokenReader reader, int index)
    {
        for (var k = Math.Max(0, index - LookAround); k <= index + LookAround && k < reader.Count; k++)
        {
            if (reader.IsPunctuation(k) && Characters.IsQuoteMark(reader.Text[reader[k].Start]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A neighbouring token's text, or a boundary marker.</summary>
    public static ReadOnlySpan<char> Neighbour(in TokenReader reader, int index) =>
        index < 0 ? "<s>" : index >= reader.Count ? "</s>" : reader[index].Kind == TokenKind.Number ? "<num>" : reader.Chars(index);

    /// <summary>A neighbouring token's shape, an index into <see cref="ShapeNames"/>.</summary>
    public static int ShapeOf(in TokenReader reader, int index, FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> pronouns)
    {
        if (index < 0 || index >= reader.Count)
        {
            return 0;
        }

        if (reader.IsPunctuation(index))
        {
            return 1;
        }

        if (pronouns.ContainsKey(reader.Chars(index)))
        {
            return 2;
        }

        return reader[index].Kind == TokenKind.Number ? 3 : reader.IsCapitalised(index) ? 4 : 5;
    }

    public static string LexiconValue(CueVerb cue) => (cue.Class, cue.Complement) switch
    {
        (CueClass.Speech, CueComplement.That) => "speech-that",
        (CueClass.Speech, CueComplement.Object) => "speech-object",
        (CueClass.Speech, _) => "speech",
        (CueClass.Cognition, _) => "cognition",
        (CueClass.Evidence, _) => "evidence",
        _ => "manner",
    };
}
