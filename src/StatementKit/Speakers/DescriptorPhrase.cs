using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// What a person descriptor ("the 51-year-old Estonian lawyer") is made of, read from its tokens: its content words,
/// the age it gives, and its words joined for a title lookup.
/// </summary>
internal static class DescriptorPhrase
{
    public static HashSet<string> Words(in TokenReader reader, int first, int last, int head)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var k = first; k <= last; k++)
        {
            if (k != head && reader[k].IsWord && !WordClasses.IsDeterminer(reader.Chars(k)) && !WordClasses.IsClauseWord(reader.Chars(k)))
            {
                words.Add(reader.Word(k).ToLowerInvariant());
            }
        }

        return words;
    }

    /// <summary>"the 51-year-old": the age a descriptor gives.</summary>
    public static int? AgeOf(in TokenReader reader, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var word = reader.Chars(k);
            var dash = word.IndexOf("-year-old", StringComparison.OrdinalIgnoreCase);
            if (dash > 0 && int.TryParse(word[..dash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age))
            {
                return age;
            }
        }

        return null;
    }

    /// <summary>
    /// Writes the words from <paramref name="start"/> to before <paramref name="end"/> into <paramref name="buffer"/>,
    /// one space apart; with the article, "the" follows each inner "of" as <c>Replace(" of ", " of the ")</c> would put it.
    /// </summary>
    public static ReadOnlySpan<char> Join(in TokenReader reader, List<int> words, int start, int end, char[] buffer, bool withArticle)
    {
        var length = 0;
        var articleAdded = false;
        for (var k = start; k < end; k++)
        {
            if (k > start)
            {
                buffer[length++] = ' ';
            }

            var word = reader.Chars(words[k]);
            word.CopyTo(buffer.AsSpan(length));
            length += word.Length;
            articleAdded = withArticle && k > start && k < end - 1 && !articleAdded && word.SequenceEqual("of");
            if (articleAdded)
            {
                " the".CopyTo(buffer.AsSpan(length));
                length += 4;
            }
        }

        return buffer.AsSpan(0, length);
    }
}
