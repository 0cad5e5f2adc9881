using System.Globalization;
using System.Reflection;

namespace StatementKit.Neural.Tokenization;

/// <summary>
/// BERT's uncased WordPiece tokenisation with exact character offsets: words are split at white space and around
/// punctuation, lower-cased and accent-folded one character for one (so offsets survive), then split greedily into
/// the longest vocabulary pieces. Mirrors tools/training/wordpiece.py. Immutable and thread-safe.
/// </summary>
internal sealed class WordPieceTokenizer
{
    /// <summary>A longer word is one unknown piece (as in BERT), which also bounds the work per word.</summary>
    public const int MaxWordLength = 100;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly char[] folds;

    public WordPieceTokenizer(IEnumerable<string> vocabulary, IEnumerable<(char Character, char Base)> accentFolds)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var entry in vocabulary)
        {
            ids.TryAdd(entry, index++);
        }

        lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Unknown = ids["[UNK]"];
        ClassToken = ids["[CLS]"];
        Separator = ids["[SEP]"];
        Padding = ids["[PAD]"];
        folds = new char[0x3000];
        for (var c = 0; c < folds.Length; c++)
        {
            folds[c] = (char)c;
        }

        foreach (var (character, baseCharacter) in accentFolds)
        {
            if (character < folds.Length)
            {
                folds[character] = baseCharacter;
            }
        }
    }

    public int Unknown { get; }

    public int ClassToken { get; }

    public int Separator { get; }

    public int Padding { get; }

    /// <summary>The tokeniser of the model embedded in this package.</summary>
    public static WordPieceTokenizer LoadEmbedded()
    {
        var assembly = typeof(WordPieceTokenizer).Assembly;
        return new WordPieceTokenizer(ReadLines(assembly, "vocab.txt"), ReadFolds(assembly));
    }

    /// <summary>Appends the pieces of <paramref name="text"/> to <paramref name="pieces"/>.</summary>
    public void Tokenize(string text, List<WordPiece> pieces, CancellationToken cancellationToken)
    {
        Span<char> word = stackalloc char[MaxWordLength + 2];
        var wordIndex = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = i < text.Length ? text[i] : ' ';
            var separator = CharacterClasses.IsSeparator(c);
            var standalone = !separator && CharacterClasses.IsStandalone(c);
            if (separator || standalone)
            {
                if (start >= 0)
                {
                    AddWord(text, start, i, wordIndex++, word, pieces);
                    start = -1;
                }

                if (standalone)
                {
                    AddWord(text, i, i + 1, wordIndex++, word, pieces);
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }
    }

    private void AddWord(string text, int start, int end, int wordIndex, Span<char> buffer, List<WordPiece> pieces)
    {
        var length = end - start;
        if (length > MaxWordLength)
        {
            pieces.Add(new WordPiece(Unknown, start, end, wordIndex));
            return;
        }

        // "##" + the normalised word: a continuation piece is looked up as a slice that starts two characters earlier.
        buffer[0] = '#';
        buffer[1] = '#';
        var normalised = buffer[2..(2 + length)];
        for (var i = 0; i < length; i++)
        {
            var lower = char.ToLowerInvariant(text[start + i]);
            normalised[i] = lower < folds.Length ? folds[lower] : lower;
        }

        var first = pieces.Count;
        var at = 0;
        while (at < length)
        {
            if (at > 0)
            {
                // The two characters before the remainder were consumed already: they become its "##".
                buffer[at] = '#';
                buffer[at + 1] = '#';
            }

            var pieceEnd = length;
            var id = -1;
            while (pieceEnd > at)
            {
                var candidate = at == 0 ? normalised[..pieceEnd] : buffer[at..(2 + pieceEnd)];
                if (lookup.TryGetValue(candidate, out id))
                {
                    break;
                }

                pieceEnd--;
            }

            if (pieceEnd == at)
            {
                pieces.RemoveRange(first, pieces.Count - first);
                pieces.Add(new WordPiece(Unknown, start, end, wordIndex));
                return;
            }

            pieces.Add(new WordPiece(id, start + at, start + pieceEnd, wordIndex));
            at = pieceEnd;
        }
    }

    private static IEnumerable<string> ReadLines(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream("StatementKit.Neural.Model." + name)
            ?? throw new InvalidOperationException($"The embedded model file {name} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static IEnumerable<(char, char)> ReadFolds(Assembly assembly)
    {
        foreach (var line in ReadLines(assembly, "accent-folds.tsv"))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            yield return ((char)int.Parse(line.AsSpan(0, tab), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                (char)int.Parse(line.AsSpan(tab + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }
    }
}
