using StatementKit.Text;

namespace StatementKit.Quotes.Scanning;

/// <summary>Counting words in a span, as the quote rules weigh them.</summary>
internal static class Words
{
    /// <summary>Runs of word characters in <paramref name="span"/>.</summary>
    public static int Count(string text, TextSpan span)
    {
        var count = 0;
        var inWord = false;
        for (var i = span.Start; i < span.End; i++)
        {
            var isWord = Characters.IsWordChar(text[i]);
            if (isWord && !inWord)
            {
                count++;
            }

            inWord = isWord;
        }

        return count;
    }
}
