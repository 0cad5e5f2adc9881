using System.Collections.Frozen;
using StatementKit.Text;

namespace StatementKit.Documents;

/// <summary>
/// Whether a text reads as English: the share of English function words among its first words, or, for a text too
/// short to tell, the language the page declares (English when none is declared).
/// </summary>
internal static class LanguageDetector
{
    /// <summary>Below this share of English function words a text of <see cref="MinimumWords"/> words or more is not English.</summary>
    private const double EnglishShare = 0.08;

    /// <summary>Shorter texts are too short to tell, and are read as English unless the page declares another language.</summary>
    private const int MinimumWords = 40;

    /// <summary>At most this many words are counted: the share settles long before.</summary>
    private const int WordsCounted = 2000;

    public static bool IsEnglish(string text, ReadOnlySpan<Token> tokens, string? declaredLanguage, FrozenSet<string> functionWords)
    {
        var lookup = functionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        int words = 0, hits = 0;
        foreach (var token in tokens)
        {
            if (!token.IsWord)
            {
                continue;
            }

            words++;
            hits += lookup.Contains(text.AsSpan(token.Start, token.Length)) ? 1 : 0;
            if (words == WordsCounted)
            {
                break;
            }
        }

        if (words >= MinimumWords)
        {
            return hits >= EnglishShare * words;
        }

        return string.IsNullOrEmpty(declaredLanguage) || declaredLanguage.StartsWith("en", StringComparison.OrdinalIgnoreCase);
    }
}
