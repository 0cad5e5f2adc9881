using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// Resolves speaker phrases headed by a common noun that names an organisation or a document: a named possessor
/// ("The Sanders campaign", "Clinton’s campaign"), a publisher named with its document ("A Bloomberg poll", "a 2009
/// report by the Center for Economic and Policy Research") or earlier ("the poll" after "a new Bloomberg poll"), or a
/// definite descriptor that refers back to the last organisation of its kind ("the agency", "the committee").
/// </summary>
internal sealed class DescriptorResolver
{
    /// <summary>How far back (in tokens) "the poll" looks for the poll whose publisher was named: a few paragraphs.</summary>
    private const int MaxDocumentLookBack = 400;

    /// <summary>Words between a determiner and its document noun ("a new CNN/ORC poll").</summary>
    private const int MaxDocumentPremodifiers = 6;

    private readonly StatementKitData data;

    public DescriptorResolver(StatementKitData data) => this.data = data;

    public Resolution? ResolveOrganisation(in TokenReader reader, SpeakerContext context, int first, PhraseHead head, TextSpan mention)
    {
        var named = NameBefore(reader, context, first, head.Index);
        if (head.Class == NounClass.Organisation && named is { } owner)
        {
            // "The Sanders campaign", "Clinton’s campaign": an organisation of its own, named as written.
            var name = PersonNames.Written(reader.Text, TextSpan.FromBounds(reader[owner.First].Start, reader[head.Index].End));
            var organisation = context.Table.Other(EntityKind.Organization, name, mention);
            return new Resolution(organisation, organisation.Name, mention, AttributionMethod.Organization, 0.8);
        }

        if (head.Class == NounClass.Document)
        {
            var publisher = Publisher(reader, context, named, head.Index) ?? (IsDefinite(reader, first) ? EarlierPublisher(reader, context, first, head.Index) : null);
            if (publisher is { } name)
            {
                var organisation = context.Table.Other(EntityKind.Organization, name, mention);
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

    /// <summary>
    /// The publisher named with a document: in front of it ("A Bloomberg poll", "a WBUR poll"), or after it ("a 2009
    /// report by the Center for Economic and Policy Research").
    /// </summary>
    private static string? Publisher(in TokenReader reader, SpeakerContext context, (int First, int Last)? named, int head)
    {
        if (named is { } publisher)
        {
            return PersonNames.Written(reader.Text, reader.Span(publisher.First, publisher.Last));
        }

        return (reader.Is(head + 1, "by") || reader.Is(head + 1, "from")) && head + 2 < reader.Count
            && context.Organisations.At(reader[reader.Is(head + 2, "the") ? head + 3 : head + 2].Start) is { } author ? author.Name : null;
    }

    /// <summary>"The poll found …" after "a new CNN/ORC poll": the publisher named with the last document of that noun.</summary>
    private string? EarlierPublisher(in TokenReader reader, SpeakerContext context, int first, int head)
    {
        var noun = reader.Chars(head);
        for (var k = first - 1; k >= 0 && k >= first - MaxDocumentLookBack; k--)
        {
            if (!reader[k].IsWord || !noun.Equals(reader.Chars(k), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // The earlier phrase opens at its determiner, a few words before the noun, or where its words end.
            var start = k;
            while (start - 1 >= 0 && k - start < MaxDocumentPremodifiers && (reader[start - 1].IsWord || reader[start - 1].Kind == TokenKind.Number
                || reader.IsChar(start - 1, '/') || reader.IsChar(start - 1, '-')) && !WordClasses.IsDeterminer(reader.Chars(start)))
            {
                start--;
            }

            return Publisher(reader, context, NameBefore(reader, context, start, k), k);
        }

        return null;
    }

    /// <summary>The named modifier of a phrase, unless it is only common words capitalised ("International coverage").</summary>
    private (int First, int Last)? NameBefore(in TokenReader reader, SpeakerContext context, int first, int head) =>
        NamedModifier(reader, first, head) is { } modifier && !IsCommonWordRun(reader, context, modifier) ? modifier : null;

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
