using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// The words a document writes in lower case somewhere. A capitalised word that the same text also writes in lower
/// case ("Following", "Findings", "She" at a sentence start) is a common word, not a name. Built once per document.
/// </summary>
/// <remarks>
/// The words are kept as one sorted array of (hash of the word ignoring case, token index) pairs, and a word is found by
/// binary search on its hash: building it copies no word out of the text (one string per distinct lower-case word was
/// a fifth of the speaker stage's allocations on news), and eight bytes per lower-case token take half the memory of a
/// hash set of token indices, which also grew by rehashing (2.98 allocated bytes per input character for this step on
/// news before, 1.08 after). The hashes are sorted as plain numbers: sorting the words by their characters instead
/// took about three times as long on the same articles.
/// </remarks>
internal sealed class CommonWords
{
    private readonly TokenReader reader;

    /// <summary>
    /// Lower-case words per block that one sort handles: a news article has one block; the 540,000 lower-case words of a
    /// 4 MB text took 40–100 ms to hash and sort in one go, with no look at the cancellation token (the budgets saw a
    /// cancelled analysis stop 63–67 ms late there). Blocks are sorted one by one, the token looked at between them.
    /// </summary>
    private const int BlockSize = 1 << 16;

    /// <summary>
    /// The hash of each lower-case word (ordinal, ignoring case) in the high half, its token index in the low half;
    /// sorted within each block of <see cref="BlockSize"/>.
    /// </summary>
    private readonly long[] words;

    private CommonWords(TokenReader reader, long[] words) => (this.reader, this.words) = (reader, words);

    /// <summary>The lower-case words of the document; the token is looked at every 4,096 tokens and between blocks.</summary>
    public static CommonWords Of(in TokenReader reader, CancellationToken cancellationToken)
    {
        var lower = 0;
        for (var i = 0; i < reader.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            lower += reader.IsLowerWord(i) ? 1 : 0;
        }

        var words = new long[lower];
        lower = 0;
        for (var i = 0; i < reader.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (reader.IsLowerWord(i))
            {
                words[lower++] = Key(string.GetHashCode(reader.Chars(i), StringComparison.OrdinalIgnoreCase), i);
            }
        }

        for (var start = 0; start < words.Length; start += BlockSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Sort(words, start, Math.Min(BlockSize, words.Length - start));
        }

        return new CommonWords(reader, words);
    }

    /// <summary>Whether the word is written in lower case somewhere in the document (compared ordinally, ignoring case).</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        var hash = string.GetHashCode(word, StringComparison.OrdinalIgnoreCase);
        for (var start = 0; start < words.Length; start += BlockSize)
        {
            var end = Math.Min(start + BlockSize, words.Length);
            var index = Array.BinarySearch(words, start, end - start, Key(hash, 0));
            for (var i = index >= 0 ? index : ~index; i < end && (int)(words[i] >> 32) == hash; i++)
            {
                if (reader.Chars((int)words[i]).Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static long Key(int hash, int index) => (long)hash << 32 | (uint)index;
}
