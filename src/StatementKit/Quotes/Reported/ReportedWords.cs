using System.Collections.Frozen;
using StatementKit.Data;

namespace StatementKit.Quotes.Reported;

/// <summary>The closed-class word sets the reported-speech constructions read, from <c>reported-speech-words.tsv</c>.</summary>
internal static class ReportedWords
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> Sets = DataFile.Rows("reported-speech-words.tsv", null)
        .GroupBy(static row => row[0], StringComparer.Ordinal)
        .ToFrozenDictionary(static g => g.Key, static g => g.Select(static row => row[1]).ToFrozenSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NoBareClauseStartWords = Lookup("no-bare-clause-start");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectAdjunctOpenerWords = Lookup("object-adjunct-opener");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TrailingAdjunctOpenerWords = Lookup("trailing-adjunct-opener");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PassiveAuxiliaryWords = Lookup("passive-auxiliary");

    /// <summary>Never opens a bare reported clause ("said to", "said in"); opens an introductory adverbial.</summary>
    public static bool IsNoBareClauseStart(ReadOnlySpan<char> word) => NoBareClauseStartWords.Contains(word);

    /// <summary>Opens an adjunct after a verb's object ("at a rally").</summary>
    public static bool IsObjectAdjunctOpener(ReadOnlySpan<char> word) => ObjectAdjunctOpenerWords.Contains(word);

    /// <summary>Opens an adjunct or addressee after a trailing attribution ("on Thursday", "reporters").</summary>
    public static bool IsTrailingAdjunctOpener(ReadOnlySpan<char> word) => TrailingAdjunctOpenerWords.Contains(word);

    /// <summary>Makes the verb after it passive ("was asked").</summary>
    public static bool IsPassiveAuxiliary(ReadOnlySpan<char> word) => PassiveAuxiliaryWords.Contains(word);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string set) =>
        (Sets.TryGetValue(set, out var words) ? words : throw new InvalidOperationException($"reported-speech-words.tsv has no set '{set}'."))
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
