using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// The words a document writes in lower case somewhere. A capitalised word that the same text also writes in lower
/// case ("Following", "Findings", "She" at a sentence start) is a common word, not a name. Built once per document.
/// </summary>
/// <remarks>
/// The set holds token indices compared by their characters, so building it copies no word out of the text (one
/// string per distinct lower-case word was a fifth of the speaker stage's allocations on news).
/// </remarks>
internal sealed class CommonWords
{
    private readonly HashSet<int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private CommonWords(HashSet<int> words) => lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static CommonWords Of(in TokenReader reader)
    {
        // Sized for every lower-case token up front: growing the set rehashed it about ten times per article, and the
        // discarded tables were most of what building it allocated.
        var lower = 0;
        for (var i = 0; i < reader.Count; i++)
        {
            lower += reader.IsLowerWord(i) ? 1 : 0;
        }

        var words = new HashSet<int>(lower, new TokenWordComparer(reader));
        for (var i = 0; i < reader.Count; i++)
        {
            if (reader.IsLowerWord(i))
            {
                words.Add(i);
            }
        }

        return new CommonWords(words);
    }

    /// <summary>Whether the word is written in lower case somewhere in the document.</summary>
    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);

    /// <summary>Token indices equal when their words are, ignoring case (ordinal); a word is looked up by its characters.</summary>
    private sealed class TokenWordComparer(TokenReader reader) : IEqualityComparer<int>, IAlternateEqualityComparer<ReadOnlySpan<char>, int>
    {
        public bool Equals(int x, int y) => reader.Chars(x).Equals(reader.Chars(y), StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(int obj) => string.GetHashCode(reader.Chars(obj), StringComparison.OrdinalIgnoreCase);

        public bool Equals(ReadOnlySpan<char> alternate, int other) => alternate.Equals(reader.Chars(other), StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(ReadOnlySpan<char> alternate) => string.GetHashCode(alternate, StringComparison.OrdinalIgnoreCase);

        // Words are only ever added by their token index.
        public int Create(ReadOnlySpan<char> alternate) => throw new NotSupportedException();
    }
}
