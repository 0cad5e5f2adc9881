using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// Resolves speaker phrases headed by a common noun that names an organisation or a document: a named possessor
/// ("The Sanders campaign", "Clinton’s campaign"), a publisher named with its document ("A Bloomberg poll", "a 2009
/// report by the Center for Economic and Policy Research"), or a definite descriptor that refers back to the last
/// organisation of its kind ("the agency", "the committee").
/// </summary>
internal sealed class DescriptorResolver
{
    private readonly StatementKitData data;

    public DescriptorResolver(StatementKitData data) => this.data = data;

    public Resolution? ResolveOrganisation(in TokenReader reader, SpeakerContext context, int first, PhraseHead head, TextSpan mention)
    {
        var named = NamedModifier(reader, first, head.Index) is { } modifier && !IsCommonWordRun(reader, context, modifier) ? modifier : ((int First, int Last)?)null;
        if (head.Class == NounClass.Organisation && named is { } owner)
        {
            // "The Sanders campaign", "Clinton’s campaign": an organisation of its own, named as written.
            var name = PersonNames.Written(reader.Text, TextSpan.FromBounds(reader[owner.First].Start, reader[head.Index].End));
            var organisation = context.Table.Other(EntityKind.Organization, name, mention);
            return new Resolution(organisation, organisation.Name, mention, AttributionMethod.Organization, 0.8);
        }

        if (head.Class == NounClass.Document)
        {
            // "A Bloomberg poll", "a WBUR poll": the publisher named in front of its document.
            if (named is { } publisher)
            {
                var name = PersonNames.Written(reader.Text, reader.Span(publisher.First, publisher.Last));
                var organisation = context.Table.Other(EntityKind.Organization, name, mention);
                return new Resolution(organisation, organisation.Name, mention, AttributionMethod.Organization, 0.7);
            }

            // "a 2009 report by the Center for Economic and Policy Research"
            if ((reader.Is(head.Index + 1, "by") || reader.Is(head.Index + 1, "from")) && head.Index + 2 < reader.Count
                && context.Organisations.At(reader[reader.Is(head.Index + 2, "the") ? head.Index + 3 : head.Index + 2].Start) is { } author)
            {
                var organisation = context.Table.Other(EntityKind.Organization, author.Name, mention);
                return new Resolution(organisation, organisation.Name, mention, AttributionMethod.Organization, 0.7);
            }

            return null;
        }

        // "the agency", "the committee", "the company": the organisation of that kind named last.
        if (head.Class == NounClass.Organisation && head.Index > first && IsDefinite(reader, first)
            && context.Organisations.OfKind(reader.Word(head.Index).ToLowerInvariant(), mention.Start) is { } referent)
        {
            var organisation = context.Table.Other(EntityKind.Organization, referent.Name, mention);
            return new Resolution(organisation, organisation.Name, mention, AttributionMethod.Descriptor, 0.75);
        }

        return null;
    }

    /// <summary>Capitalised words between the determiner and the head ("Sanders" in "The Sanders campaign"), a possessive stripped.</summary>
    private (int First, int Last)? NamedModifier(in TokenReader reader, int first, int head)
    {
        var start = first;
        while (start < head && (WordClasses.IsDeterminer(reader.Chars(start)) || reader[start].Kind == TokenKind.Number || reader.IsLowerWord(start)))
        {
            start++;
        }

        if (start >= head || !reader.IsCapitalised(start))
        {
            return null;
        }

        for (var k = start; k < head; k++)
        {
            if (!reader.IsCapitalised(k) && !reader.IsChar(k, '.') && !reader.IsChar(k, '/') && !reader.IsChar(k, '-'))
            {
                return null;
            }
        }

        var end = head - 1;
        return WordClasses.HasPossessiveEnding(reader.Chars(end)) || !data.Pronouns.ContainsKey(reader.Word(start)) ? (start, end) : null;
    }

    /// <summary>
    /// "International coverage", "Federal data": capitalised only as the sentence's first words, or common words the text
    /// also writes in lower case. A possessive, a known person or a named organisation is a name wherever it stands.
    /// </summary>
    private static bool IsCommonWordRun(in TokenReader reader, SpeakerContext context, (int First, int Last) run)
    {
        if (WordClasses.HasPossessiveEnding(reader.Chars(run.Last)) || context.Table.PersonNamedIn(reader, run.First, run.Last) is not null
            || context.Organisations.At(reader[run.First].Start) is not null)
        {
            return false;
        }

        for (var k = run.First; k <= run.Last; k++)
        {
            if (reader[k].IsWord && !context.Common.Contains(reader.Chars(k)) && !(k == run.First && StartsSentence(reader, k)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsSentence(in TokenReader reader, int k) =>
        k == 0 || reader.IsPunctuation(k - 1) && Characters.IsSentenceTerminal(reader.Text[reader[k - 1].Start]) || reader.BreakBetween(k - 1, k);

    private static bool IsDefinite(in TokenReader reader, int first) =>
        reader.Is(first, "the") || reader.Is(first, "this") || reader.Is(first, "that");
}
