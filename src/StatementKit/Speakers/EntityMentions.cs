using StatementKit.Pipeline;

namespace StatementKit.Speakers;

/// <summary>
/// The mentions of one entity as the result gives them: where it is named (its canonical name, aliases, acronyms),
/// and the titles, descriptors and pronouns a statement's speaker was resolved to it through, each once, in text order
/// (a mention inside another is part of it).
/// </summary>
internal static class EntityMentions
{
    /// <summary>Longest acronym read as one ("UNESCO"): longer all-capital words are more likely shouting.</summary>
    private const int MaxAcronymLength = 8;

    public static EntityMention[] Of(AnalysisDocument document, EntityDraft entity, List<(TextSpan Span, AttributionMethod Method)>? resolvedThrough)
    {
        // A title or descriptor a speaker was resolved through is also among the entity's own mentions: its kind is how it
        // was resolved, not a name's.
        var resolvedKinds = new Dictionary<TextSpan, MentionKind>();
        var named = new HashSet<TextSpan>(entity.Mentions);
        foreach (var (span, method) in resolvedThrough ?? [])
        {
            // An organisation or group resolved by its name is named; by a phrase the table does not hold, described.
            if (KindOf(method) is { } kind && !(method is AttributionMethod.Organization or AttributionMethod.Group && named.Contains(span)))
            {
                resolvedKinds.TryAdd(span, kind);
            }
        }

        var mentions = new List<(TextSpan Span, MentionKind Kind)>(entity.Mentions.Count + resolvedKinds.Count);
        var listed = new HashSet<TextSpan>(entity.Mentions.Count);
        foreach (var span in entity.Mentions)
        {
            if (listed.Add(span))
            {
                // Compared as written names are (one line, no possessive, nothing invisible): "Anna Berg’s" names "Anna Berg".
                mentions.Add((span, resolvedKinds.TryGetValue(span, out var kind) ? kind : NameKind(PersonNames.Written(document.Text, span), entity.Name)));
            }
        }

        foreach (var (span, kind) in resolvedKinds)
        {
            if (listed.Add(span))
            {
                mentions.Add((span, kind));
            }
        }

        // A surname inside the full name it was read from ("Berg" in "Anna Berg") is the same mention, listed once.
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var result = new List<EntityMention>(mentions.Count);
        var coveredTo = -1;
        foreach (var (span, kind) in mentions)
        {
            if (span.End <= coveredTo)
            {
                continue;
            }

            result.Add(new EntityMention(document.Excerpt(span), kind));
            coveredTo = Math.Max(coveredTo, span.End);
        }

        return [.. result];
    }

    /// <summary>
    /// The mentions with the linked pronouns added in text order, less those already listed and those in
    /// <paramref name="speakerMentions"/> that are not (a speaker mention of another entity).
    /// </summary>
    public static EntityMention[] WithPronouns(AnalysisDocument document, IReadOnlyList<EntityMention> mentions, List<ArticlePronoun> pronouns,
        HashSet<TextSpan> speakerMentions)
    {
        var listed = new HashSet<int>(mentions.Count);
        foreach (var mention in mentions)
        {
            listed.Add(mention.Excerpt.Start);
        }

        var merged = new List<EntityMention>(mentions.Count + pronouns.Count);
        merged.AddRange(mentions);
        foreach (var pronoun in pronouns)
        {
            var span = new TextSpan(pronoun.Start, pronoun.Length);
            if (!listed.Contains(pronoun.Start) && !speakerMentions.Contains(span))
            {
                merged.Add(new EntityMention(document.Excerpt(span), MentionKind.Pronoun));
            }
        }

        merged.Sort((a, b) => a.Excerpt.Start.CompareTo(b.Excerpt.Start));
        return [.. merged];
    }

    internal static MentionKind NameKind(ReadOnlySpan<char> text, string name)
    {
        // "The World Health Organization" names "World Health Organization".
        if (text.SequenceEqual(name) || text.StartsWith("The ", StringComparison.Ordinal) && text[4..].SequenceEqual(name))
        {
            return MentionKind.Name;
        }

        return text.Length is >= 2 and <= MaxAcronymLength && !text.ContainsAnyExcept(UpperLetters) ? MentionKind.Acronym : MentionKind.Alias;
    }

    private static readonly System.Buffers.SearchValues<char> UpperLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>The kind of a speaker mention found by resolution; null for a name (already listed) or a continuation (the mention of another statement).</summary>
    private static MentionKind? KindOf(AttributionMethod method) => method switch
    {
        AttributionMethod.Pronoun => MentionKind.Pronoun,
        AttributionMethod.Title => MentionKind.Title,
        AttributionMethod.Descriptor or AttributionMethod.Group or AttributionMethod.Organization => MentionKind.Descriptor,
        _ => null,
    };
}
