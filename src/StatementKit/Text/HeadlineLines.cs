namespace StatementKit.Text;

/// <summary>
/// Title Case lines ("Finland’s Premier Avoids Promises"): a headline's capitals make any word look like a name, so
/// the name finder reads names from the body instead.
/// </summary>
internal static class HeadlineLines
{
    private const int MinHeadlineWords = 3;
    private const int MaxHeadlineWords = 20;
    private const int MinTerminatedHeadlineWords = 4;

    /// <summary>
    /// Whether token <paramref name="i"/> lies on a Title Case line ("Finland’s Premier Avoids Promises"): headline
    /// capitals make any word look like a name, so names are read from the body instead. Each line is classified once.
    /// </summary>
    public static bool IsOnTitleCaseLine(in TokenReader reader, int i, ref int lineEnd, ref bool headline)
    {
        if (reader[i].Start < lineEnd)
        {
            return headline;
        }

        var text = reader.Text;
        var start = reader[i].Start;
        while (start > 0 && !Characters.IsLineBreak(text[start - 1]))
        {
            start--;
        }

        var end = reader[i].Start;
        while (end < text.Length && !Characters.IsLineBreak(text[end]))
        {
            end++;
        }

        lineEnd = end;
        int words = 0, capitalised = 0;
        var lastCapitalised = false;
        var at = start;
        while (at < end && words < MaxHeadlineWords + 1)
        {
            while (at < end && !char.IsLetter(text[at]))
            {
                at++;
            }

            if (at >= end)
            {
                break;
            }

            words++;
            lastCapitalised = char.IsUpper(text[at]);
            capitalised += lastCapitalised ? 1 : 0;
            while (at < end && !char.IsWhiteSpace(text[at]))
            {
                at++;
            }
        }

        var last = end - 1;
        while (last > start && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        // A line ending like a sentence is a headline only when nearly every word, the last one too, is capitalised
        // (corpora and feeds often add a full stop to a title: "Berg Calls Vik Wrong on Taxes."), never a sentence such
        // as "Finnish Prime Minister Anna Berg spoke."
        var terminated = Characters.IsSentenceTerminal(text[last]);
        headline = words is >= MinHeadlineWords and <= MaxHeadlineWords && capitalised * 10 >= words * (terminated ? 8 : 7)
            && (!terminated || words >= MinTerminatedHeadlineWords && lastCapitalised);
        return headline;
    }
}
