using System.Collections.Frozen;
using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// Links the gendered pronouns of an article that surely refer to one person, besides the speaker pronouns that
/// attribution resolved: those outside direct quotes in a sentence that names that person and no other, after the name
/// ("Berg said her plan …"), or in the sentence right after it when that one names nobody. Gender-blind: a pronoun of
/// the other gender links all the same, so that the mis-gendering rule can weigh it. A narrow reading of coreference on
/// purpose: what it links, it links surely; the entity's mentions list them.
/// </summary>
internal static class PronounLinker
{
    /// <summary>
    /// Per person entity (by index in <paramref name="entities"/>), its pronouns in text order, null for none (most
    /// entities: a list for each was allocated for nothing); words inside <paramref name="quoted"/>
    /// (<see cref="DirectQuotes"/>) are left out.
    /// </summary>
    public static List<ArticlePronoun>?[] Link(AnalysisDocument document, StatementKitData data, IReadOnlyList<Entity> entities, SpanSet quoted)
    {
        var found = new List<ArticlePronoun>?[entities.Count];
        var mentions = PersonNames(entities);
        var pronouns = data.Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var subjects = data.SubjectPronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = document.Tokens;
        var next = 0; // the next mention not yet passed
        var token = 0;
        var carried = -1; // the person alone in the previous sentence, while the current one names nobody
        var carriedParagraph = -1;
        foreach (var sentence in document.Sentences)
        {
            // The persons the sentence names: none, one (named), or several. Counted, not collected: only whether it is
            // one matters, and a set per sentence was a third of this rule's allocations.
            var named = 0;
            var only = -1;
            var firstMention = int.MaxValue;
            while (next < mentions.Count && mentions[next].Span.Start < sentence.End)
            {
                if (mentions[next].Span.Start >= sentence.Start && !quoted.Contains(mentions[next].Span.Start))
                {
                    if (named == 0)
                    {
                        (named, only) = (1, mentions[next].Entity);
                    }
                    else if (mentions[next].Entity != only)
                    {
                        named = 2;
                    }

                    firstMention = Math.Min(firstMention, mentions[next].Span.End);
                }

                next++;
            }

            // A pronoun before the name makes someone else the sentence's subject ("She criticised Donald Trump, though she
            // did not name him"; "They stayed in touch with Lorenz"): such a sentence is not about the person it names.
            if (named == 1 && GenderedWordBetween(document, data, sentence.Start, firstMention, pronouns, null))
            {
                named = 2;
            }

            var paragraph = document.ParagraphIndexAt(sentence.Start);
            int person;
            int from;
            if (named == 1)
            {
                person = only;
                from = firstMention;
            }
            else if (named == 0 && carried >= 0 && carriedParagraph == paragraph)
            {
                person = carried;
                from = sentence.Start;
            }
            else
            {
                person = -1;
                from = sentence.End;
            }

            while (token < tokens.Count && tokens[token].Start < sentence.Start)
            {
                token++;
            }

            for (; token < tokens.Count && tokens[token].Start < sentence.End; token++)
            {
                var t = tokens[token];
                if (person < 0 || t.Start < from || !t.IsWord || quoted.Contains(t.Start)
                    || !pronouns.TryGetValue(document.Text.AsSpan(t.Start, t.Length), out var gender) || gender is not ('m' or 'f'))
                {
                    continue;
                }

                // A person noun of the pronoun's gender since the name is a nearer antecedent ("his daughter when she …").
                var pronounGender = gender == 'f' ? Gender.Female : Gender.Male;
                if (GenderedWordBetween(document, data, from, t.Start, null, pronounGender))
                {
                    continue;
                }

                var word = document.Text.AsSpan(t.Start, t.Length);
                (found[person] ??= []).Add(new ArticlePronoun(t.Start, t.Length, pronounGender, subjects.Contains(word)));
            }

            // Only a sentence that names one person hands its subject on; a sentence naming nobody does not hand on again.
            carried = named == 1 ? person : -1;
            carriedParagraph = paragraph;
        }

        return found;
    }

    /// <summary>
    /// Whether a gendered or plural pronoun (with <paramref name="pronouns"/>) or a person noun of <paramref name="nounGender"/>
    /// (such as "daughter", "wife") stands between two positions.
    /// </summary>
    internal static bool GenderedWordBetween(AnalysisDocument document, StatementKitData data, int from, int to,
        FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>>? pronouns, Gender? nounGender)
    {
        var nouns = data.GenderedNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = document.TokenIndexAtOrAfter(from); i < document.Tokens.Count && document.Tokens[i].Start < to; i++)
        {
            var t = document.Tokens[i];
            if (!t.IsWord)
            {
                continue;
            }

            var word = document.Text.AsSpan(t.Start, t.Length);
            if (pronouns is { } p && p.TryGetValue(word, out var g) && g is 'm' or 'f' or 'p')
            {
                return true;
            }

            if (nounGender is { } wanted && nouns.TryGetValue(word, out var nounIs) && nounIs == wanted)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The content spans of the direct quotes: pronouns there belong to the speaker's own words.</summary>
    internal static SpanSet DirectQuotes(IEnumerable<Statement> statements) =>
        new(statements.Where(s => s.Kind == StatementKind.Direct).Select(s => new TextSpan(s.Content.Start, s.Content.Length)));

    /// <summary>
    /// Where each person is named or described (every mention but pronouns, which are what the linkers and the rules
    /// weigh, never a mention to weigh them by), with the person's index in <paramref name="entities"/>, in text order.
    /// A list sized once and filled by plain loops: a closure and an iterator per entity were much of what this allocated.
    /// </summary>
    internal static List<(TextSpan Span, int Entity)> PersonNames(IReadOnlyList<Entity> entities)
    {
        var count = 0;
        for (var e = 0; e < entities.Count; e++)
        {
            count += entities[e].Kind == EntityKind.Person ? entities[e].Mentions.Count : 0;
        }

        var names = new List<(TextSpan Span, int Entity)>(count);
        for (var e = 0; e < entities.Count; e++)
        {
            if (entities[e].Kind == EntityKind.Person)
            {
                var of = entities[e].Mentions;
                for (var m = 0; m < of.Count; m++)
                {
                    if (of[m].Kind != MentionKind.Pronoun)
                    {
                        names.Add((new TextSpan(of[m].Excerpt.Start, of[m].Excerpt.Length), e));
                    }
                }
            }
        }

        names.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return names;
    }
}

/// <summary>A pronoun that surely refers to one person: where it is, its gender, and whether it is a subject ("he").</summary>
internal readonly record struct ArticlePronoun(int Start, int Length, Gender Gender, bool IsSubject);
