namespace StatementKit.Speakers;

/// <summary>An entity while the attributor builds it: mutable, turned into an immutable <see cref="Entity"/> at the end.</summary>
internal sealed class EntityDraft
{
    public EntityDraft(EntityKind kind, IReadOnlyList<string> nameTokens, string key)
    {
        Kind = kind;
        NameTokens = nameTokens;
        Key = key;
    }

    public EntityKind Kind { get; }

    /// <summary>The words of the longest name, without the dots of initials: what mentions are matched against.</summary>
    public IReadOnlyList<string> NameTokens { get; set; }

    /// <summary>The longest name as the text writes it ("Anna K. Berg"), when it came from the text.</summary>
    public string? WrittenName { get; set; }

    /// <summary>The identity within the document: the surname for a person, the normalised name otherwise.</summary>
    public string Key { get; }

    /// <summary>The canonical name: the longest form the text uses, as written.</summary>
    public string Name => WrittenName ?? string.Join(' ', NameTokens);

    public List<string> Aliases { get; } = [];

    public List<Role> Roles { get; } = [];

    /// <summary>Descriptions written next to the name ("a retired neurosurgeon", "former Florida governor", an age).</summary>
    public List<PersonDescription> Descriptions { get; } = [];

    public List<TextSpan> Mentions { get; } = [];

    private readonly HashSet<TextSpan> mentionSet = [];

    public List<GenderEvidence> GenderEvidence { get; } = [];

    public Gender Gender { get; set; }

    public int FirstPosition { get; private set; } = int.MaxValue;

    public void AddAlias(string alias)
    {
        if (!string.Equals(alias, Name, StringComparison.Ordinal) && !Aliases.Contains(alias, StringComparer.Ordinal))
        {
            Aliases.Add(alias);
        }
    }

    public void AddMention(TextSpan span)
    {
        if (mentionSet.Add(span))
        {
            Mentions.Add(span);
            FirstPosition = Math.Min(FirstPosition, span.Start);
        }
    }
}
