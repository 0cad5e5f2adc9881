using System.Diagnostics.CodeAnalysis;
using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// Resolves a descriptor that names a person by role ("the senator", "the New Jersey governor", "the retired
/// neurosurgeon", "the 51-year-old", "the head of the Estonian government") to the person the article describes so.
/// Candidates are scored by what the text says of them - titles before their names, appositions after them, ages - with
/// recency and salience breaking ties; a gendered noun ("the spokeswoman") excludes people of the other gender. A
/// definite descriptor that matches no description goes to the article's dominant person, when one dominates;
/// otherwise it stays unresolved rather than guessed. A descriptor relative to someone else ("the lawyer for Anna
/// Berg") never resolves to that someone.
/// </summary>
internal sealed class PersonDescriptorResolver
{
    private const int HeadMatch = 10;
    private const int WordMatch = 3;
    private const int AgeMatch = 12;
    private const int RecentParagraphs = 2;
    private const int MinDominantMentions = 3;

    private readonly StatementKitData data;

    public PersonDescriptorResolver(StatementKitData data) => this.data = data;

    public Resolution? Resolve(in TokenReader reader, SpeakerContext context, int first, int last, PhraseHead head, TextSpan mention)
    {
        var title = TitleOf(reader, first, last);
        var age = DescriptorPhrase.AgeOf(reader, first, last);
        if (title is null && age is null && head.Class != NounClass.Person)
        {
            return null;
        }

        var text = reader.Text.Substring(reader[first].Start, reader[last].End - reader[first].Start);
        var headWord = reader.IsLowerWord(head.Index) ? reader.Word(head.Index).ToLowerInvariant() : string.Empty;
        var words = DescriptorPhrase.Words(reader, first, last, head.Index);
        var gender = data.GenderedNouns.TryGetValue(headWord, out var g) ? g : Gender.Unknown;
        var relative = RelativeTo(reader, context, head.Index, last);

        EntityDraft? best = null;
        var bestScore = 0;
        var paragraph = context.Document.ParagraphIndexAt(mention.Start);
        foreach (var entity in context.Table.All)
        {
            // A title may point forward ("Estonian PM: …" in a headline, the name in the first paragraph); a description
            // of another kind refers back only.
            if (entity.Kind != EntityKind.Person || title is null && entity.FirstPosition >= mention.Start || entity == relative
                || gender != Gender.Unknown && GenderInference.Tentative(entity, data) is var known && known != Gender.Unknown && known != gender)
            {
                continue;
            }

            var score = Score(entity, headWord, words, age, title);
            if (score < HeadMatch)
            {
                continue;
            }

            score += context.Document.ParagraphIndexAt(LastMentionBefore(entity, mention.Start)) >= paragraph - RecentParagraphs ? 2 : 0;
            score += Math.Min(3, entity.Mentions.Count / 3);
            if (score > bestScore || score == bestScore && best is not null && LastMentionBefore(entity, mention.Start) > LastMentionBefore(best, mention.Start))
            {
                (best, bestScore) = (entity, score);
            }
        }

        if (best is not null)
        {
            best.AddMention(mention);
            var method = title is { Qualified: false } ? AttributionMethod.Title : AttributionMethod.Descriptor;
            var confidence = title is { } t ? (t.Qualified ? 0.85 : 0.8) : bestScore >= HeadMatch + WordMatch ? 0.85 : 0.75;
            return new Resolution(best, best.Name, mention, method, confidence);
        }

        // "the prime minister" in an article that names one person only, or "the retired neurosurgeon" in a story
        // about one person the text never describes so: that person. An indefinite one ("a spokesman for the firm")
        // brings someone new in.
        if (relative is null && !(reader[first].IsWord && WordClasses.IsIndefiniteDeterminer(reader.Chars(first)))
            && (context.Table.OnlyPersonBefore(mention.Start) ?? (reader.Is(first, "the") ? Dominant(context, mention.Start, gender) : null)) is { } only)
        {
            only.AddMention(mention);
            return new Resolution(only, only.Name, mention, AttributionMethod.Descriptor, 0.5);
        }

        return new Resolution(null, text, mention, AttributionMethod.Descriptor, 0.4);
    }

    private int Score(EntityDraft entity, string head, HashSet<string> words, int? age, (string RoleClass, string Title, string? Country, bool Qualified)? title)
    {
        var best = 0;
        foreach (var description in entity.Descriptions)
        {
            var score = age is not null && description.Age == age ? AgeMatch : 0;
            // Every word of the descriptor must be in the description: "the New Jersey governor" is not "the former New
            // York governor", though both say "new".
            if (head.Length > 0 && string.Equals(description.Head, head, StringComparison.Ordinal) && words.All(description.Words.Contains))
            {
                score += HeadMatch + WordMatch * words.Count(description.Words.Contains);
            }

            best = Math.Max(best, score);
        }

        foreach (var role in entity.Roles)
        {
            var score = 0;
            if (title is { } t && (string.Equals(role.RoleClass, t.RoleClass, StringComparison.Ordinal) || t.RoleClass == "leader"))
            {
                if (t.Country is not null && role.Country is not null && !string.Equals(t.Country, role.Country, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                score = HeadMatch + (t.Country is not null && string.Equals(t.Country, role.Country, StringComparison.OrdinalIgnoreCase) ? 2 * WordMatch : 0)
                    + (string.Equals(role.Title, t.Title, StringComparison.OrdinalIgnoreCase) ? WordMatch : 0);
            }
            else if (head.Length > 0 && role.Title.EndsWith(head, StringComparison.OrdinalIgnoreCase))
            {
                score = HeadMatch;
            }

            best = Math.Max(best, score);
        }

        return best;
    }

    /// <summary>The person the article names far more than anyone else, named in the last few paragraphs.</summary>
    private EntityDraft? Dominant(SpeakerContext context, int position, Gender gender)
    {
        EntityDraft? first = null;
        int most = 0, second = 0;
        foreach (var entity in context.Table.All)
        {
            if (entity.Kind != EntityKind.Person || entity.FirstPosition >= position)
            {
                continue;
            }

            var count = entity.Mentions.Count(m => m.Start < position);
            if (count > most)
            {
                (second, most, first) = (most, count, entity);
            }
            else if (count > second)
            {
                second = count;
            }
        }

        return first is not null && most >= MinDominantMentions && most >= 2 * second
            && (gender == Gender.Unknown || GenderInference.Tentative(first, data) is var g && (g == Gender.Unknown || g == gender))
            ? first
            : null;
    }

    private static int LastMentionBefore(EntityDraft entity, int position)
    {
        var last = entity.FirstPosition;
        foreach (var mention in entity.Mentions)
        {
            if (mention.Start < position && mention.Start > last)
            {
                last = mention.Start;
            }
        }

        return last;
    }

    /// <summary>"the lawyer for Anna Berg", "a spokeswoman for Hillary Clinton": the person the descriptor is relative to.</summary>
    private static EntityDraft? RelativeTo(in TokenReader reader, SpeakerContext context, int head, int last) =>
        head < last && (reader.Is(head + 1, "for") || reader.Is(head + 1, "of") || reader.Is(head + 1, "to"))
            ? context.Table.PersonNamedIn(reader, head + 2, last)
            : null;

    /// <summary>The title a descriptor holds, with its country ("the Estonian prime minister", "the head of the government").</summary>
    private (string RoleClass, string Title, string? Country, bool Qualified)? TitleOf(in TokenReader reader, int first, int last)
    {
        string? country = null;
        var qualified = false;
        var words = new List<int>();
        var characters = 0;
        for (var i = first; i <= last; i++)
        {
            if (!reader[i].IsWord || reader.Is(i, "the") || reader.Is(i, "a") || reader.Is(i, "an"))
            {
                continue;
            }

            if (data.CountryAdjectives.TryGetValue(reader.Word(i), out var adjective))
            {
                country = adjective;
                qualified = true;
                continue;
            }

            if (data.Countries.Contains(reader.Word(i)) || data.ProperNouns.TryGetValue(reader.Word(i), out var kind) && kind == ProperNounClass.Place)
            {
                country = reader.Word(i);
                qualified = true;
                continue;
            }

            words.Add(i);
            characters += reader.Chars(i).Length;
        }

        // Look the remaining words up as a title, longest phrase first ("head of the government"). No title has more
        // than MaxTitleWords words, so no longer phrase is tried, and each phrase is looked up as characters in one
        // buffer: the search stays linear in the descriptor's length (joining every phrase of a long descriptor into a
        // string allocated 140 KB per statement, issue #13).
        var buffer = new char[characters + 5 * words.Count];
        for (var start = 0; start < words.Count; start++)
        {
            for (var end = Math.Min(words.Count, start + data.MaxTitleWords); end > start; end--)
            {
                if (TryTitle(reader, words, start, end, buffer, out var roleClass))
                {
                    qualified |= reader.IsLowerWord(first) && !reader.Is(first, "the") || words.Count > end - start;
                    return (roleClass, DescriptorPhrase.Join(reader, words, start, end, buffer, withArticle: false).ToString(), country, qualified);
                }
            }
        }

        return null;
    }

    private bool TryTitle(in TokenReader reader, List<int> words, int start, int end, char[] buffer, [NotNullWhen(true)] out string? roleClass)
    {
        var titles = data.Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        var phrase = DescriptorPhrase.Join(reader, words, start, end, buffer, withArticle: false);
        if (titles.TryGetValue(phrase, out roleClass))
        {
            return true;
        }

        // "head of government" written as "head of the … government": the article was dropped above.
        var phraseLength = phrase.Length;
        var withArticle = DescriptorPhrase.Join(reader, words, start, end, buffer, withArticle: true);
        return withArticle.Length > phraseLength && titles.TryGetValue(withArticle, out roleClass);
    }

}
