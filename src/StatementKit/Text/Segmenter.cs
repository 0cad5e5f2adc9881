namespace StatementKit.Text;

/// <summary>Finds paragraphs (lines) and sentences. One linear pass over the tokens of each paragraph.</summary>
internal static class Segmenter
{
    /// <summary>Every non-blank line, trimmed of surrounding space.</summary>
    public static List<TextSpan> Paragraphs(string text)
    {
        var paragraphs = new List<TextSpan>();
        var i = 0;
        while (i < text.Length)
        {
            var lineStart = i;
            while (i < text.Length && !Characters.IsLineBreak(text[i]))
            {
                i++;
            }

            var start = lineStart;
            var end = i;
            while (start < end && (char.IsWhiteSpace(text[start]) || char.IsControl(text[start])))
            {
                start++;
            }

            while (end > start && (char.IsWhiteSpace(text[end - 1]) || char.IsControl(text[end - 1])))
            {
                end--;
            }

            if (end > start)
            {
                paragraphs.Add(TextSpan.FromBounds(start, end));
            }

            i++;
        }

        return paragraphs;
    }

    /// <summary>Sentence spans of one paragraph, given its tokens.</summary>
    public static void Sentences(string text, TextSpan paragraph, ReadOnlySpan<Token> tokens, int first, int count,
        ISet<string> abbreviations, List<TextSpan> sentences)
    {
        if (count == 0)
        {
            return;
        }

        var sentenceStart = tokens[first].Start;
        var last = first + count;
        for (var k = first; k < last; k++)
        {
            var token = tokens[k];
            if (!token.IsPunctuation || !Characters.IsSentenceTerminal(text[token.Start]))
            {
                continue;
            }

            // Closing quote marks and brackets right after the terminal belong to the sentence.
            var endToken = k;
            while (endToken + 1 < last && tokens[endToken + 1].IsPunctuation && IsCloser(text[tokens[endToken + 1].Start])
                && tokens[endToken + 1].Start == tokens[endToken].End)
            {
                endToken++;
            }

            if (endToken + 1 >= last)
            {
                break;
            }

            var next = tokens[endToken + 1];
            if (!StartsSentence(text, next) || IsAbbreviationDot(text, tokens, k, first, abbreviations) || next.Start == tokens[endToken].End)
            {
                continue;
            }

            sentences.Add(TextSpan.FromBounds(sentenceStart, tokens[endToken].End));
            sentenceStart = next.Start;
            k = endToken;
        }

        sentences.Add(TextSpan.FromBounds(sentenceStart, paragraph.End));
    }

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or '»' or '“' or ')' or ']';

    private static bool StartsSentence(string text, Token next)
    {
        var c = text[next.Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '«' or '„' or '(' or '[' or '–' or '—' or '-' || !char.IsLetter(c) && !char.IsPunctuation(c);
    }

    private static bool IsAbbreviationDot(string text, ReadOnlySpan<Token> tokens, int dotIndex, int first, ISet<string> abbreviations)
    {
        if (text[tokens[dotIndex].Start] != '.' || dotIndex == first)
        {
            return false;
        }

        var previous = tokens[dotIndex - 1];
        if (!previous.IsWord || previous.End != tokens[dotIndex].Start)
        {
            return false;
        }

        var word = text.AsSpan(previous.Start, previous.Length);
        // An initial ("John F. Kennedy") or a dotted abbreviation ("U.S.") rarely ends a sentence in news text.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Contains('.'))
        {
            return dotIndex + 1 < tokens.Length && !IsCommonSentenceStarter(text, tokens[dotIndex + 1]);
        }

        // "then-Sen. Obama", "ex-Gov. Smith": the abbreviation is the last part of a hyphenated word.
        var hyphen = word.LastIndexOf('-');
        return abbreviations.Contains((hyphen >= 0 ? word[(hyphen + 1)..] : word).ToString());
    }

    private static bool IsCommonSentenceStarter(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return word is "The" or "He" or "She" or "It" or "They" or "We" or "I" or "But" or "And" or "In" or "This" or "That" or "A";
    }
}
