using StatementKit.Data;

namespace StatementKit.Documents;

/// <summary>
/// Recognises the stock author bio of generated sites: a run of short "Adjective noun." fragments whose last words
/// are stock nouns ("Coffee evangelist. Music buff. Web guru."). Shared by the quote extractor (a bio is
/// nobody's statement) and the <c>fake-author-bio</c> rule.
/// </summary>
internal sealed class BioShapeDetector
{
    private const int MinFragments = 3;
    private const int MaxFragmentWords = 4;
    private readonly StatementKitData data;

    public BioShapeDetector(StatementKitData data) => this.data = data;

    public bool IsBio(ReadOnlySpan<char> text)
    {
        var fragments = 0;
        var stockEndings = 0;
        foreach (var range in text.Split('.'))
        {
            var fragment = text[range].Trim(" \t\"“”'’‘«»");
            if (fragment.IsEmpty)
            {
                continue;
            }

            var words = 0;
            var lastWord = ReadOnlySpan<char>.Empty;
            foreach (var wordRange in fragment.Split(' '))
            {
                var word = fragment[wordRange].Trim(",;:!?");
                if (!word.IsEmpty)
                {
                    words++;
                    lastWord = word;
                }
            }

            if (words is 0 or > MaxFragmentWords)
            {
                return false;
            }

            fragments++;
            if (IsStockNoun(lastWord))
            {
                stockEndings++;
            }
        }

        return fragments >= MinFragments && stockEndings * 2 >= fragments;
    }

    private bool IsStockNoun(ReadOnlySpan<char> word)
    {
        if (data.BioWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        foreach (var suffix in data.BioSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
