using System.Globalization;
using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// Reads the descriptions written next to person names, so that later descriptors can refer back: an apposition after
/// the name ("Ben Carson, a retired neurosurgeon,", "Jane Doe, 51,"), or a role phrase before it ("Washington Post
/// columnist Michael Gerson", "former Florida governor Jeb Bush"), or an apposition that the name closes ("The
/// governor, Jeb Bush, said"). Bounded reads around each name: linear.
/// </summary>
internal sealed class RoleReader
{
    private const int MaxAppositionTokens = 14;
    private const int MaxPremodifierTokens = 6;
    private readonly StatementKitData data;

    public RoleReader(StatementKitData data) => this.data = data;

    /// <summary>Adds to each person the descriptions written next to its name mentions.</summary>
    public void Collect(in TokenReader reader, EntityTable table, CancellationToken cancellationToken)
    {
        foreach (var entity in table.All)
        {
            if (entity.Kind != EntityKind.Person)
            {
                continue;
            }

            // By index, not over a copy: reading descriptions adds none to the mentions. A name repeated through
            // megabytes of text has a hundred thousand mentions: a cancelled analysis stops among them.
            for (var m = 0; m < entity.Mentions.Count; m++)
            {
                if ((m & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var mention = entity.Mentions[m];
                var first = SortedSearch.LastStartingAtOrBefore(reader.Tokens, mention.Start, static t => t.Start);
                var last = SortedSearch.LastStartingAtOrBefore(reader.Tokens, mention.End - 1, static t => t.Start);
                if (first < 0 || last < first)
                {
                    continue;
                }

                if (After(reader, last) is { } after)
                {
                    entity.Descriptions.Add(after);
                }

                if ((Before(reader, first) ?? ApposedBefore(reader, first, last)) is { } before)
                {
                    entity.Descriptions.Add(before);
                }
            }
        }
    }

    /// <summary>"NAME, a retired neurosurgeon," / "NAME, 51," / "NAME, the chief economist for the survey,".</summary>
    private PersonDescription? After(in TokenReader reader, int last)
    {
        var comma = last + 1;
        if (reader.IsChar(comma, ')') && reader.IsChar(comma + 1, ','))
        {
            comma++;
        }

        if (!reader.IsChar(comma, ','))
        {
            return null;
        }

        var start = comma + 1;
        if (start < reader.Count && reader[start].Kind == TokenKind.Number && (reader.IsChar(start + 1, ',') || reader.IsChar(start + 1, '.'))
            && int.TryParse(reader.Chars(start), NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age is > 0 and < 120)
        {
            return new PersonDescription(string.Empty, new HashSet<string>(StringComparer.Ordinal), age);
        }

        if (start >= reader.Count || !(WordClasses.IsDeterminer(reader.Chars(start)) || reader.IsLowerWord(start)))
        {
            return null;
        }

        var end = start;
        while (end + 1 < reader.Count && end - start < MaxAppositionTokens && !reader.IsChar(end + 1, ',') && !reader.IsChar(end + 1, '.')
            && !reader.IsChar(end + 1, ';') && !reader.IsChar(end + 1, ')') && !reader.BreakBetween(end, end + 1))
        {
            end++;
        }

        return Describe(reader, start, end);
    }

    /// <summary>"former Florida governor NAME", "Washington Post columnist NAME", "campaign manager NAME".</summary>
    private PersonDescription? Before(in TokenReader reader, int first)
    {
        var end = first - 1;
        if (end < 0 || !reader.IsLowerWord(end) || data.CueVerbs.ContainsKey(reader.Word(end)))
        {
            return null; // the head noun of a role phrase stands right before the name, in lower case
        }

        return Describe(reader, PhraseStart(reader, end, stopAtDeterminer: false), end);
    }

    /// <summary>"The governor, NAME," / "its chief executive, NAME,": a determined role phrase, the name in commas after it.</summary>
    private PersonDescription? ApposedBefore(in TokenReader reader, int first, int last)
    {
        var end = first - 2;
        if (end < 0 || !reader.IsChar(first - 1, ',') || !reader.IsChar(last + 1, ',') || !reader.IsLowerWord(end))
        {
            return null;
        }

        var start = PhraseStart(reader, end, stopAtDeterminer: true);
        return WordClasses.IsDeterminer(reader.Chars(start)) ? Describe(reader, start, end) : null;
    }

    /// <summary>
    /// Where the role phrase ending at <paramref name="end"/> starts: back over a few words, never over a clause word,
    /// a cue verb or a break, nor (when asked) past a determiner.
    /// </summary>
    private int PhraseStart(in TokenReader reader, int end, bool stopAtDeterminer)
    {
        var start = end;
        while (start - 1 >= 0 && end - start < MaxPremodifierTokens && reader[start - 1].IsWord
            && !(stopAtDeterminer && WordClasses.IsDeterminer(reader.Chars(start))) && !WordClasses.IsClauseWord(reader.Chars(start - 1))
            && !reader.BreakBetween(start - 1, start) && !data.CueVerbs.ContainsKey(reader.Word(start - 1)))
        {
            start--;
        }

        return start;
    }

    private PersonDescription? Describe(in TokenReader reader, int start, int end)
    {
        var head = PhraseHead.Of(reader, start, end, data);
        if (head.Class != NounClass.Person && !data.Titles.ContainsKey(reader.Word(head.Index)))
        {
            return null;
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var k = start; k <= end; k++)
        {
            if (k != head.Index && reader[k].IsWord && !WordClasses.IsDeterminer(reader.Chars(k)) && !WordClasses.IsClauseWord(reader.Chars(k)))
            {
                words.Add(reader.Word(k).ToLowerInvariant());
            }
        }

        return new PersonDescription(reader.Word(head.Index).ToLowerInvariant(), words, null);
    }
}
