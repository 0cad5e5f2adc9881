using StatementKit.Speakers;
using StatementKit.Text;

namespace StatementKit.Reliability.Rules;

/// <summary>
/// <c>pronoun-gender-conflict</c>: a person is referred to, as a speaker, with pronouns of a gender that the article's
/// other evidence about them contradicts — a common trace of careless rewriting or machine translation.
/// <para>
/// The person's gender comes from independent evidence: an honorific or the speaker registry (strong), the first-name
/// lexicon (weaker), and the pronouns that surely refer to them (<see cref="PronounLinker"/> and the speaker pronouns
/// that agree). A conflicting speaker pronoun counts only when no other person of the pronoun's gender was named
/// between the person's last mention and the pronoun (else it more likely refers to that person). The lexicon alone
/// never outweighs the article: when six or more pronouns about the person all disagree with it and none agrees, it is
/// the lexicon that may be wrong ("Lindsey" as a man's name), and nothing is flagged. A namesake of the other gender
/// makes any conflict informational.
/// </para>
/// </summary>
internal sealed class PronounGenderConflictRule : IReliabilityRule
{
    private const int MinConflictsForWarning = 2;

    /// <summary>Consistent pronouns that outweigh the first-name lexicon when nothing else in the article agrees with it.</summary>
    private const int PronounsOutweighingLexicon = 6;

    public string Code => "pronoun-gender-conflict";

    public IEnumerable<ReliabilityFlag> Evaluate(ReliabilityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entities = context.Entities;
        var quoted = PronounLinker.DirectQuotes(context.Statements);
        var articlePronouns = PronounLinker.Link(context.Document, context.Data, entities, quoted);
        PersonMentions? persons = null; // built for the first person a pronoun refers to: most articles have none to check
        for (var e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            // No pronoun refers to the person: nothing can conflict, and the lists below need not be built (most
            // persons of an article, and most of what this rule allocated).
            if (entity.Kind != EntityKind.Person || articlePronouns[e] is null && !HasSpeakerPronoun(entity))
            {
                continue;
            }

            persons ??= new PersonMentions(entities);
            var speakerPronouns = entity.GenderEvidence.Where(g => g.Source == GenderEvidenceSource.Pronoun && g.Excerpt is not null).ToList();
            var spoken = speakerPronouns.Select(p => p.Excerpt!.Start).ToHashSet();
            var others = (articlePronouns[e] ?? []).Where(p => !spoken.Contains(p.Start)).ToList();
            var basis = entity.GenderEvidence.Where(g => g.Source != GenderEvidenceSource.Pronoun && g.Gender == entity.Gender).ToList();
            var gender = basis.Count > 0 ? entity.Gender : Majority(speakerPronouns.Select(p => p.Gender).Concat(others.Select(p => p.Gender)));
            if (gender == Gender.Unknown)
            {
                continue;
            }

            // The conflicting pronouns: speaker pronouns resolved to the person, and subject pronouns of sentences about them
            // alone ("Rubio said she would …") that attribution did not read as speakers; either only where no other person
            // of the pronoun's gender was named since the person was.
            var conflicts = speakerPronouns.Where(p => p.Gender != gender).Select(p => p.Excerpt!)
                .Concat(others.Where(p => p.Gender != gender && p.IsSubject).Select(p => context.Document.Excerpt(new TextSpan(p.Start, p.Length))))
                .Where(p => !persons.NamedBetween(e, p.Start, Other(gender), out var since)
                    && !PronounLinker.GenderedWordBetween(context.Document, context.Data, since, p.Start, null, Other(gender)))
                .OrderBy(p => p.Start)
                .ToList();

            // A subject pronoun outside attribution is a conflict only when its paragraph writes about nobody else of its
            // gender (no other pronoun of that gender there); speaker pronouns were resolved with that in view already.
            var conflicting = conflicts.Select(c => c.Start).ToHashSet();
            conflicts = conflicts.Where(c => spoken.Contains(c.Start) || !SameGenderPronounInParagraph(context, quoted, c.Start, Other(gender), conflicting)).ToList();
            if (conflicts.Count == 0)
            {
                continue;
            }

            var agreeing = speakerPronouns.Count(p => p.Gender == gender) + others.Count(p => p.Gender == gender);
            var disagreeing = speakerPronouns.Count(p => p.Gender != gender) + others.Count(p => p.Gender != gender);
            var strong = basis.Any(b => b.Source is GenderEvidenceSource.Honorific or GenderEvidenceSource.Registry);
            if (!strong && agreeing == 0 && (basis.Count == 0 || disagreeing >= PronounsOutweighingLexicon))
            {
                continue; // nothing in the article agrees with the gender: the conflict is the lexicon's, not the text's
            }

            // A namesake of the other gender ("Melania Trump" beside "Donald Trump") makes every bare surname, and the
            // pronouns given through it, a guess between the two: reported, but never as a warning.
            yield return Flag(context, entity, gender, basis, conflicts, agreeing, namesakeOfOtherGender: HasNamesakeOfOtherGender(entities, entity, gender));
        }
    }

    private ReliabilityFlag Flag(ReliabilityContext context, Entity entity, Gender gender, List<GenderEvidence> basis, List<TextExcerpt> conflicts, int agreeing,
        bool namesakeOfOtherGender)
    {
        var pronouns = string.Join(", ", conflicts.Select(c => $"\"{c.Text}\"").Distinct(StringComparer.Ordinal));
        var sources = basis.Select(b => Describe(b.Source)).Distinct(StringComparer.Ordinal).ToList();
        if (agreeing > 0)
        {
            sources.Add($"{agreeing} other pronoun(s)");
        }

        var evidence = conflicts.ToList();
        evidence.AddRange(basis.Where(b => b.Excerpt is not null).Select(b => b.Excerpt!));
        if (basis.All(b => b.Excerpt is null) && entity.Mentions.FirstOrDefault(m => m.Kind != MentionKind.Pronoun) is { } named)
        {
            evidence.Add(named.Excerpt);
        }

        // One stray pronoun is as likely a resolution slip as a rewriting error; a pattern of them is a warning.
        var severity = conflicts.Count >= MinConflictsForWarning && !namesakeOfOtherGender ? FlagSeverity.Warning : FlagSeverity.Info;
        context.CancellationToken.ThrowIfCancellationRequested();
        return new ReliabilityFlag(Code, severity,
            $"{entity.Name} is referred to as {pronouns} {conflicts.Count} time(s), but {string.Join(" and ", sources)} indicate(s) {gender.ToString().ToLowerInvariant()}.",
            evidence.OrderBy(x => x.Start).ToList());
    }

    /// <summary>
    /// Whether the paragraph of <paramref name="position"/> holds, outside direct quotes, another pronoun of
    /// <paramref name="gender"/> that is not itself a conflict: then a person of that gender is being written about
    /// there, and the pronoun more likely refers to them than to a person of the other gender.
    /// </summary>
    private static bool SameGenderPronounInParagraph(ReliabilityContext context, SpanSet quoted, int position, Gender gender, HashSet<int> conflicts)
    {
        var document = context.Document;
        // Within the paragraph, and 1,500 characters either side at most, so that a long paragraph stays cheap.
        var paragraph = document.Paragraphs[document.ParagraphIndexAt(position)];
        var from = Math.Max(paragraph.Start, position - 1500);
        var to = Math.Min(paragraph.End, position + 1500);
        var pronouns = context.Data.Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var wanted = gender == Gender.Female ? 'f' : 'm';
        for (var i = document.TokenIndexAtOrAfter(from); i < document.Tokens.Count && document.Tokens[i].Start < to; i++)
        {
            var t = document.Tokens[i];
            if (t.IsWord && !conflicts.Contains(t.Start) && pronouns.TryGetValue(document.Text.AsSpan(t.Start, t.Length), out var g) && g == wanted
                && !quoted.Contains(t.Start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSpeakerPronoun(Entity entity)
    {
        var evidence = entity.GenderEvidence;
        for (var i = 0; i < evidence.Count; i++)
        {
            if (evidence[i] is { Source: GenderEvidenceSource.Pronoun, Excerpt: not null })
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNamesakeOfOtherGender(IReadOnlyList<Entity> entities, Entity entity, Gender gender)
    {
        var surname = LastWord(entity.Name);
        return entities.Any(other => other != entity && other.Kind == EntityKind.Person && other.Gender == Other(gender)
            && string.Equals(LastWord(other.Name), surname, StringComparison.Ordinal));
    }

    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

    private static Gender Other(Gender gender) => gender == Gender.Female ? Gender.Male : Gender.Female;

    private static Gender Majority(IEnumerable<Gender> genders)
    {
        int female = 0, male = 0;
        foreach (var g in genders)
        {
            female += g == Gender.Female ? 1 : 0;
            male += g == Gender.Male ? 1 : 0;
        }

        // Two to one at least, from three pronouns or more: fewer is no majority to call the others wrong by.
        return female + male < 3 ? Gender.Unknown : female >= 2 * male ? Gender.Female : male >= 2 * female ? Gender.Male : Gender.Unknown;
    }

    private static string Describe(GenderEvidenceSource source) => source switch
    {
        GenderEvidenceSource.Honorific => "the honorific",
        GenderEvidenceSource.FirstName => "the first name",
        GenderEvidenceSource.Registry => "earlier articles",
        _ => "other pronouns",
    };
}
