using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// The words a document writes in lower case somewhere. A capitalised word that the same text also writes in lower
/// case ("Following", "Findings", "She" at a sentence start) is a common word, not a name. Built once per document.
/// </summary>
internal sealed class CommonWords
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private CommonWords(HashSet<string> words) => lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static CommonWords Of(in TokenReader reader)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < reader.Count; i++)
        {
            if (reader.IsLowerWord(i))
            {
                lookup.Add(reader.Chars(i));
            }
        }

        return new CommonWords(words);
    }

    /// <summary>Whether the word is written in lower case somewhere in the document.</summary>
    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}
