using StatementKit.Documents;
using StatementKit.Reliability;

namespace StatementKit;

/// <summary>Everything StatementKit found in one article. Immutable; every span indexes <see cref="Text"/>.</summary>
public sealed record ArticleAnalysis
{
    /// <summary>The text the analysis was computed from: the input text itself, or the text extracted from HTML.</summary>
    public required string Text { get; init; }

    /// <summary>Title, URL and publisher of the article.</summary>
    public required ArticleMetadata Metadata { get; init; }

    /// <summary>Statements in document order.</summary>
    public required IReadOnlyList<Statement> Statements { get; init; }

    /// <summary>The people, organisations and groups that speak or are referred to, one per real-world entity.</summary>
    public required IReadOnlyList<Entity> Entities { get; init; }

    /// <summary>Explainable flags about how far the article's sourcing can be trusted.</summary>
    public required ReliabilityReport Reliability { get; init; }

    /// <summary>
    /// For an HTML article, where each span of <see cref="Text"/> is in the page (text node and offset), to highlight
    /// results in the page itself; null for plain text, whose offsets index the input.
    /// </summary>
    public SourceMap? SourceMap { get; init; }

    /// <summary>For an HTML article, the paragraphs of the page left out of <see cref="Text"/> (navigation, related links, captions, credits…).</summary>
    public IReadOnlyList<RemovedBlock> RemovedBlocks { get; init; } = [];
}

/// <summary>
/// Descriptive data of an analysed article: what the caller gave on the <see cref="Article"/>, else what the page says
/// of itself (JSON-LD, OpenGraph, <c>&lt;meta&gt;</c>, <c>&lt;time&gt;</c>), else what the text shows. Null where unknown.
/// </summary>
public sealed record ArticleMetadata
{
    /// <summary>How the input was read.</summary>
    public required ArticleFormat Format { get; init; }

    /// <summary>The headline: given by the caller, the page's own metadata or title, or the first line of a plain text.</summary>
    public string? Title { get; init; }

    /// <summary>Where the article was published: given by the caller, or the page's canonical URL.</summary>
    public Uri? Url { get; init; }

    /// <summary>The publishing outlet given by the caller (for example "Aftenposten"), else the page's site name.</summary>
    public string? Publisher { get; init; }

    /// <summary>The site the page belongs to, as the page names it (<c>og:site_name</c>, JSON-LD publisher).</summary>
    public string? SiteName { get; init; }

    /// <summary>The authors as the page credits them ("By Anna Berg and Ola Dahl" gives "Anna Berg, Ola Dahl").</summary>
    public string? Byline { get; init; }

    /// <summary>When the article was first published, as the page states it.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>When the article was last modified, as the page states it.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>The language of the article as a BCP 47 tag ("en", "fr-CA"), when the page or caller states it.</summary>
    public string? Language { get; init; }
}

/// <summary>The grammatical form of a statement.</summary>
public enum StatementKind
{
    /// <summary>Words quoted verbatim between quote marks or after a quotation dash.</summary>
    Direct,

    /// <summary>Reported speech that quotes some words verbatim (<c>said the talks were “calm and orderly”</c>).</summary>
    Partial,

    /// <summary>Reported speech or belief with no verbatim words (<c>Berg noted that …</c>).</summary>
    Indirect,
}

/// <summary>
/// What a statement attributes to its source, as the Penn Discourse Treebank 2.0 types attributions (Prasad et al.
/// 2007; PARC 3.0 follows them).
/// </summary>
public enum StatementType
{
    /// <summary>A communication: what the source said, wrote or told (<c>said</c>, <c>argued</c>, <c>according to</c>, <c>denied</c>; every direct quote).</summary>
    Assertion,

    /// <summary>A propositional attitude: what the source thinks (<c>believes</c>, <c>expects</c>, <c>fears</c>).</summary>
    Belief,

    /// <summary>A factive: what the source found or knows to be so (<c>found</c>, <c>showed</c>, <c>knows</c>, <c>revealed</c>).</summary>
    Fact,

    /// <summary>A control: what the source plans, wants or commits to (<c>plans to</c>, <c>vowed to</c>, <c>wants</c>).</summary>
    Eventuality,
}

/// <summary>Something a source said, wrote or believes, as the article reports it.</summary>
public sealed record Statement
{
    /// <summary>Direct, partial or indirect.</summary>
    public required StatementKind Kind { get; init; }

    /// <summary>What it attributes: an assertion (speech), a belief, a fact or an eventuality (an intention).</summary>
    public StatementType Type { get; init; }

    /// <summary>What was said, without surrounding quote marks.</summary>
    public required TextExcerpt Content { get; init; }

    /// <summary>The whole statement including its quote marks or quotation dash.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The verb or phrase that signals the attribution ("said", "according to"), when there is one.</summary>
    public TextExcerpt? Cue { get; init; }

    /// <summary>
    /// The pieces of <see cref="Content"/> without the attribution that interrupts them: for
    /// <c>“A,” she said, “B.”</c> the two excerpts A and B. Empty when the content is one piece.
    /// </summary>
    public IReadOnlyList<TextExcerpt> Parts { get; init; } = [];

    /// <summary>Who made the statement, when it could be told.</summary>
    public SpeakerAttribution? Speaker { get; init; }

    /// <summary>
    /// The probability, from 0 to 1, that this is a statement an annotator would mark with these boundaries: the
    /// proposers' score mapped through a curve fitted per mode on annotated news (<c>calibration.tsv</c>), so 0.5 means
    /// right about as often as wrong. Quotes inside quotes and unattributed quotes are kept but get low values.
    /// </summary>
    public required double Confidence { get; init; }
}

/// <summary>How a statement's speaker was found.</summary>
public enum AttributionMethod
{
    /// <summary>No speaker could be told.</summary>
    Unknown,

    /// <summary>The full name stands next to the statement.</summary>
    Name,

    /// <summary>A shorter form of a name given earlier (surname, honorific and surname).</summary>
    Alias,

    /// <summary>A title alone ("the Secretary General").</summary>
    Title,

    /// <summary>A description resolved through the roles of entities ("the head of the Estonian government").</summary>
    Descriptor,

    /// <summary>A pronoun resolved to an earlier mention.</summary>
    Pronoun,

    /// <summary>An unattributed quote that continues the previous speaker's words.</summary>
    Continuation,

    /// <summary>An unnamed group ("officials in Estonia").</summary>
    Group,

    /// <summary>An organisation or outlet.</summary>
    Organization,
}

/// <summary>The speaker of a statement.</summary>
public sealed record SpeakerAttribution
{
    /// <summary>The canonical name of the entity, or the mention itself when it resolved to no entity.</summary>
    public required string Name { get; init; }

    /// <summary>Index into <see cref="ArticleAnalysis.Entities"/>, or -1 when the speaker is no known entity.</summary>
    public required int EntityIndex { get; init; }

    /// <summary>The words that name the speaker at this statement ("she", "Mr Dahl"), when there are any.</summary>
    public TextExcerpt? Mention { get; init; }

    /// <summary>How the speaker was found.</summary>
    public required AttributionMethod Method { get; init; }

    /// <summary>
    /// The probability, from 0 to 1, that this is the statement's speaker (calibrated per mode on annotated news, as
    /// <see cref="Statement.Confidence"/> is).
    /// </summary>
    public required double Confidence { get; init; }
}

/// <summary>What kind of thing an entity is.</summary>
public enum EntityKind
{
    /// <summary>A named person.</summary>
    Person,

    /// <summary>An organisation, institution or outlet.</summary>
    Organization,

    /// <summary>An unnamed group of people ("officials in Estonia").</summary>
    Group,
}

/// <summary>Grammatical gender of a person as the evidence shows it.</summary>
public enum Gender
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,
}

/// <summary>Where a piece of gender evidence comes from.</summary>
public enum GenderEvidenceSource
{
    /// <summary>An honorific such as "Mr" or "Ms".</summary>
    Honorific,

    /// <summary>The first-name lexicon (weak evidence).</summary>
    FirstName,

    /// <summary>A pronoun in the text that refers to the entity.</summary>
    Pronoun,

    /// <summary>Earlier articles analysed with the same speaker registry.</summary>
    Registry,
}

/// <summary>One reason to believe an entity's gender.</summary>
/// <param name="Source">Where the evidence comes from.</param>
/// <param name="Gender">The gender it points to.</param>
/// <param name="Excerpt">The words in the text, when the evidence is in the text.</param>
public sealed record GenderEvidence(GenderEvidenceSource Source, Gender Gender, TextExcerpt? Excerpt);

/// <summary>A person, organisation or group, with every name the article uses for it.</summary>
public sealed record Entity
{
    /// <summary>The canonical name: the longest full name the article gives.</summary>
    public required string Name { get; init; }

    /// <summary>Person, organisation or group.</summary>
    public required EntityKind Kind { get; init; }

    /// <summary>Other names used for the entity, in order of first use.</summary>
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>Titles and roles given to the entity ("Prime Minister of Estonia").</summary>
    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>The gender the evidence supports, for persons.</summary>
    public required Gender Gender { get; init; }

    /// <summary>Why <see cref="Gender"/> is what it is.</summary>
    public required IReadOnlyList<GenderEvidence> GenderEvidence { get; init; }

    /// <summary>
    /// Every mention of the entity the analysis linked, in text order: its names, aliases and acronyms, and the titles,
    /// descriptors and pronouns a statement's speaker was resolved through.
    /// </summary>
    public required IReadOnlyList<EntityMention> Mentions { get; init; }
}

/// <summary>One place the text refers to an entity, and how.</summary>
/// <param name="Excerpt">The words of the mention and their position.</param>
/// <param name="Kind">How the mention refers to the entity.</param>
public sealed record EntityMention(TextExcerpt Excerpt, MentionKind Kind)
{
    /// <summary>Whether the mention names the entity (a name, alias or acronym), rather than describing it or standing for it.</summary>
    public bool IsName => Kind is MentionKind.Name or MentionKind.Alias or MentionKind.Acronym;
}

/// <summary>How a mention refers to its entity.</summary>
public enum MentionKind
{
    /// <summary>The entity's canonical name, as <see cref="Entity.Name"/> writes it.</summary>
    Name,

    /// <summary>Another name for the entity: a surname alone, a shorter form.</summary>
    Alias,

    /// <summary>An acronym of the entity's name ("NATO", "FBI").</summary>
    Acronym,

    /// <summary>A title or role standing for the entity ("the prime minister").</summary>
    Title,

    /// <summary>A description standing for the entity ("the 45-year-old teacher", "the company").</summary>
    Descriptor,

    /// <summary>A personal pronoun ("she", "they").</summary>
    Pronoun,
}
