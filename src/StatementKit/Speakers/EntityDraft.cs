namespace StatementKit.Speakers;

/// <summary>An entity while the attributor builds it: mutable, turned into an immutable <see cref="Entity"/> at the end.</summary>
internal sealed class EntityDraft
{
    public EntityDraft(EntityKind kind, IReadOnlyList<string> nameTokens, string key)
    {
        Kind = kind;
        this.nameTokens = nameTokens;
        Key = key;
    }

    public EntityKind Kind { get; }

    /// <summary>The words of the longest name, without the dots of initials: what mentions are matched against.</summary>
    public IReadOnlyList<string> NameTokens
    {
        get => nameTokens;
        set => (nameTokens, joinedName) = (value, null);
    }

    private IReadOnlyList<string> nameTokens;

    /// <summary>The name words joined, kept: <see cref="Name"/> is read many times per entity without a written name.</summary>
    private string? joinedName;

    /// <summary>The longest name as the text writes it ("Anna K. Berg"), when it came from the text.</summary>
    public string? WrittenName { get; set; }

    /// <summary>The identity within the document: the surname for a person, the normalised name otherwise.</summary>
    public string Key { get; }

    /// <summary>The canonical name: the longest form the text uses, as written.</summary>
    public string Name => WrittenName ?? (joinedName ??= string.Join(' ', nameTokens));

    public List<string> Aliases { get; } = [];

    public List<Role> Roles { get; } = [];

    /// <summary>Descriptions written next to the name ("a retired neurosurgeon", "former Florida governor", an age).</summary>
    public List<PersonDescription> Descriptions { get; } = [];

    public List<TextSpan> Mentions { get; } = [];

    /// <summary>
    /// The mentions as a set, once there are more than <see cref="MaxLinearMentions"/>: most entities have a few, and a
    /// set for each grew and rehashed for a handful of spans.
    /// </summary>
    private HashSet<TextSpan>? mentionSet;

    private const int MaxLinearMentions = 16;

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
        if (Mentions.Count < MaxLinearMentions ? Mentions.Contains(span) : !(mentionSet ??= [.. Mentions]).Add(span))
        {
            return;
        }

        Mentions.Add(span);
        FirstPosition = Math.Min(FirstPosition, span.Start);
    }
}
