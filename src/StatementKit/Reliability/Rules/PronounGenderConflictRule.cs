namespace StatementKit.Reliability.Rules;

/// <summary>
/// <c>pronoun-gender-conflict</c>: a person whose gender is known from an honorific, the first-name lexicon or the
/// speaker registry is referred to, as a speaker, with pronouns of another gender — a common trace of careless
/// rewriting or machine translation.
/// </summary>
internal sealed class PronounGenderConflictRule : IReliabilityRule
{
    private const int MinConflictsForWarning = 2;

    public string Code => "pronoun-gender-conflict";

    public IEnumerable<ReliabilityFlag> Evaluate(ReliabilityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var entity in context.Entities)
        {
            if (entity.Kind != EntityKind.Person || entity.Gender == Gender.Unknown)
            {
                continue;
            }

            var basis = entity.GenderEvidence.Where(e => e.Source != GenderEvidenceSource.Pronoun && e.Gender == entity.Gender).ToList();
            var conflicts = entity.GenderEvidence.Where(e => e.Source == GenderEvidenceSource.Pronoun && e.Gender != entity.Gender && e.Excerpt is not null).ToList();
            if (basis.Count == 0 || conflicts.Count == 0)
            {
                continue;
            }

            var pronouns = string.Join(", ", conflicts.Select(c => $"\"{c.Excerpt!.Text}\"").Distinct(StringComparer.Ordinal));
            var sources = string.Join(" and ", basis.Select(b => Describe(b.Source)).Distinct(StringComparer.Ordinal));
            var evidence = conflicts.Select(c => c.Excerpt!).ToList();
            evidence.AddRange(basis.Where(b => b.Excerpt is not null).Select(b => b.Excerpt!));
            if (basis.All(b => b.Excerpt is null) && entity.Mentions.Count > 0)
            {
                evidence.Add(entity.Mentions[0]);
            }

            // One stray pronoun is as likely a resolution slip as a rewriting error; a pattern of them is a warning.
            var severity = conflicts.Count >= MinConflictsForWarning ? FlagSeverity.Warning : FlagSeverity.Info;
            yield return new ReliabilityFlag(Code, severity,
                $"{entity.Name} is referred to as {pronouns} {conflicts.Count} time(s), but {sources} indicate(s) {entity.Gender.ToString().ToLowerInvariant()}.",
                evidence.OrderBy(e => e.Start).ToList());
        }
    }

    private static string Describe(GenderEvidenceSource source) => source switch
    {
        GenderEvidenceSource.Honorific => "the honorific",
        GenderEvidenceSource.FirstName => "the first name",
        GenderEvidenceSource.Registry => "earlier articles",
        _ => "other pronouns",
    };
}
