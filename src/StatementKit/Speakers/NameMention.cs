namespace StatementKit.Speakers;

/// <summary>A role given to a person next to the name ("Norwegian Prime Minister", "Prime Minister of Estonia").</summary>
/// <param name="Title">The title as written ("Prime Minister").</param>
/// <param name="RoleClass">The class from the titles lexicon ("head-of-government").</param>
/// <param name="Country">The country the role belongs to, when given.</param>
/// <param name="Organization">The organisation the role belongs to, when given ("NATO").</param>
internal sealed record Role(string Title, string RoleClass, string? Country, string? Organization)
{
    public override string ToString() =>
        Title + (Country is null ? string.Empty : " of " + Country) + (Organization is null ? string.Empty : " (" + Organization + ")");
}

/// <summary>A person's name in the text, with the title or honorific written before it.</summary>
/// <param name="Span">The whole mention, title included.</param>
/// <param name="NameSpan">The name alone.</param>
/// <param name="NameTokens">The words of the name.</param>
/// <param name="Role">The role written before the name, when there is one.</param>
/// <param name="Honorific">The honorific's gender, or unknown.</param>
/// <param name="HonorificSpan">Where the honorific is, when there is one.</param>
internal sealed record NameMention(TextSpan Span, TextSpan NameSpan, IReadOnlyList<string> NameTokens, Role? Role, Gender Honorific,
    TextSpan? HonorificSpan);
