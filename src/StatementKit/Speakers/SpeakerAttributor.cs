using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Speakers.Coreference;
using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>
/// The default <see cref="ISpeakerAttributor"/>: builds the document's entities, resolves each statement's speaker
/// phrase (name, alias, title, descriptor, pronoun, group, organisation), gives unattributed quotes to the speaker they
/// continue, and infers each person's gender with its evidence.
/// </summary>
internal sealed class SpeakerAttributor : ISpeakerAttributor
{
    private const int MaxContinuationLookAhead = 24;

    private readonly StatementKitData data;
    private readonly NameMentionFinder names;
    private readonly OrganisationMentionFinder organisations;
    private readonly MentionResolver resolver;
    private readonly RoleReader roles;
    private readonly ISpeakerRegistry? registry;

    public SpeakerAttributor(StatementKitData data, ISpeakerRegistry? registry = null)
    {
        this.data = data;
        this.registry = registry;
        names = new NameMentionFinder(data);
        organisations = new OrganisationMentionFinder(data);
        resolver = new MentionResolver(data, names);
        roles = new RoleReader(data);
    }

    public SpeakerAttributionResult Attribute(AnalysisDocument document, IReadOnlyList<QuoteCandidate> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        var attribution = AttributeAll(document, candidates, cancellationToken);
        return document.IsEnglish ? attribution : FullNameGate.KeepFullNames(attribution);
    }

    private SpeakerAttributionResult AttributeAll(AnalysisDocument document, IReadOnlyList<QuoteCandidate> candidates, CancellationToken cancellationToken)
    {
        var reader = new TokenReader(document.Text, document.Tokens);
        var table = new EntityTable();
        var common = CommonWords.Of(reader, cancellationToken);
        var reading = reader;
        // A given name completing a surname is a name word the text never writes in lower case, or a known first name
        // ("Geoff Garin"; not "Given Sanders").
        Func<int, bool> isGivenName = k => names.IsGivenNameAt(reading, k)
            && (!common.Contains(reading.Chars(k)) || data.FirstNames.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(reading.Chars(k)));
        table.AddPersons(names.Find(reader, common, cancellationToken), reader, e => GenderInference.Tentative(e, data), isGivenName, cancellationToken);
        // What the text says of each person beside the name ("Ben Carson, a retired neurosurgeon,"), for the descriptors
        // that refer back ("the neurosurgeon").
        roles.Collect(reader, table, cancellationToken);

        // Each step below is linear, but on megabytes of statement-dense text each takes tens of milliseconds: a cancelled
        // analysis looks at its token between them.
        cancellationToken.ThrowIfCancellationRequested();
        var contents = new SpanSet(candidates.Where(c => c.Kind != StatementKind.Direct || !c.IsNested).Select(c => c.Content));
        var context = new SpeakerContext(document, table, new OrganisationIndex(organisations.Find(reader, cancellationToken), data), common, contents);
        var resolved = new Resolution?[candidates.Count];
        (EntityDraft Entity, int End)? previous = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            if ((i & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // A quote inside a quote has a speaker only through an attribution inside the outer quote ("They will
            // say: ‘…’"), and it never becomes the salient speaker that later pronouns refer to.
            if (candidates[i].SpeakerMention is { } mention)
            {
                resolved[i] = resolver.Resolve(reader, context, mention, previous);
                if (resolved[i] is { Entity: { } entity } && !candidates[i].IsNested)
                {
                    previous = (entity, candidates[i].Span.End);
                }
            }
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            if ((i & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (resolved[i] is null && !candidates[i].IsNested)
            {
                resolved[i] = Continuation(document, candidates, resolved, i);
            }
        }

        // "Tanden said" made a person of the speaker phrase alone: the "Neera Tanden" written before names them fully.
        cancellationToken.ThrowIfCancellationRequested();
        table.CompleteSpeakerSurnames(reader, isGivenName, cancellationToken);
        GenderInference.Apply(table, resolved, document.Text, data, registry);
        cancellationToken.ThrowIfCancellationRequested();
        return Build(document, candidates, resolved, table, data, cancellationToken);
    }

    /// <summary>
    /// An unattributed quote continues a speaker: one quoted in the same paragraph (before it, else after it), or
    /// the speaker of the statement that ends the previous paragraph.
    /// </summary>
    private static Resolution? Continuation(AnalysisDocument document, IReadOnlyList<QuoteCandidate> candidates, Resolution?[] resolved, int index)
    {
        var candidate = candidates[index];
        var paragraph = document.ParagraphIndexAt(candidate.Span.Start);
        Resolution? before = null;
        for (var j = index - 1; j >= 0 && j >= index - MaxContinuationLookAhead; j--)
        {
            var other = document.ParagraphIndexAt(candidates[j].Span.Start);
            if (other < paragraph - 1)
            {
                break;
            }

            if (resolved[j] is { Method: not AttributionMethod.Unknown } found && !candidates[j].IsNested && !IsReportedWithin(candidates, j))
            {
                if (other == paragraph || candidate.Kind == StatementKind.Direct && StartsParagraph(document, candidate, paragraph))
                {
                    before = found;
                }

                break;
            }
        }

        if (before is null && candidate.Kind == StatementKind.Direct)
        {
            for (var j = index + 1; j < candidates.Count && j <= index + MaxContinuationLookAhead; j++)
            {
                if (document.ParagraphIndexAt(candidates[j].Span.Start) != paragraph)
                {
                    break;
                }

                if (resolved[j] is { Method: not AttributionMethod.Unknown } found && candidates[j].Kind == StatementKind.Direct && candidates[j].SpeakerMention is not null)
                {
                    before = found;
                    break;
                }
            }
        }

        // The mention stays the one of the statement continued, so a user interface can point back to who is speaking.
        return before is null ? null : before with { Method = AttributionMethod.Continuation, Confidence = Math.Min(before.Confidence, 0.7) };
    }

    /// <summary>
    /// Whether a statement stands inside another's content ("she believes that if Russian forces attacked …"): it is
    /// part of what the outer speaker said, so a quote that follows continues the outer speaker, not its own.
    /// </summary>
    private static bool IsReportedWithin(IReadOnlyList<QuoteCandidate> candidates, int index)
    {
        var span = candidates[index].Span;
        for (var k = index - 1; k >= 0 && k >= index - MaxContinuationLookAhead; k--)
        {
            if (candidates[k].Content.Contains(span.Start) && span.End <= candidates[k].Content.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsParagraph(AnalysisDocument document, QuoteCandidate candidate, int paragraph) =>
        candidate.Span.Start <= document.Paragraphs[paragraph].Start + 1;

    private static SpeakerAttributionResult Build(AnalysisDocument document, IReadOnlyList<QuoteCandidate> candidates, Resolution?[] resolved, EntityTable table,
        StatementKitData data, CancellationToken cancellationToken)
    {
        var articles = data.Articles;
        var ordered = table.All.Where(e => e.Mentions.Count > 0).OrderBy(e => e.FirstPosition).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
        var indexOf = new Dictionary<EntityDraft, int>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            indexOf[ordered[i]] = i;
        }

        var statements = new List<Statement>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            SpeakerAttribution? speaker = null;
            // An article alone ("the", "a": a phrase cut short) is never a speaker's name: the speaker is not told.
            if (resolved[i] is { } r && (r.Entity is not null || !articles.Contains(r.Name)))
            {
                speaker = new SpeakerAttribution
                {
                    Name = r.Entity?.Name ?? r.Name,
                    EntityIndex = r.Entity is null ? -1 : indexOf[r.Entity],
                    Mention = r.Mention is { } m ? document.Excerpt(m) : null,
                    Method = r.Method,
                    Confidence = Math.Round(r.Confidence, 2),
                };
            }

            statements.Add(StatementFactory.Create(document, candidate, speaker));
        }

        // The titles, descriptors and pronouns each entity was resolved through, for its list of mentions.
        var resolvedThrough = new Dictionary<EntityDraft, List<(TextSpan, AttributionMethod)>>();
        foreach (var r in resolved)
        {
            if (r is { Entity: { } entity, Mention: { } mention })
            {
                if (!resolvedThrough.TryGetValue(entity, out var list))
                {
                    resolvedThrough[entity] = list = [];
                }

                list.Add((mention, r.Method));
            }
        }

        var entities = new Entity[ordered.Count];
        for (var i = 0; i < entities.Length; i++)
        {
            var e = ordered[i];
            entities[i] = new Entity
            {
                Name = e.Name,
                Kind = e.Kind,
                Aliases = e.Aliases.ToArray(),
                Roles = e.Roles.Count == 0 ? [] : e.Roles.Select(r => r.ToString()).Distinct(StringComparer.Ordinal).ToArray(),
                Gender = e.Gender,
                GenderEvidence = e.GenderEvidence.ToArray(),
                Mentions = EntityMentions.Of(document, e, resolvedThrough.GetValueOrDefault(e)),
            };
        }

        LinkPronouns(document, data, statements, entities, resolvedThrough, cancellationToken);
        return new SpeakerAttributionResult(statements, entities);
    }

    /// <summary>
    /// Adds to each person's mentions the pronouns that surely refer to them (<see cref="PronounLinker"/>), then those
    /// the learnt model links (<see cref="LearntPronounLinker"/>), less a pronoun attribution resolved to someone else as
    /// a speaker: each mention belongs to one entity.
    /// </summary>
    private static void LinkPronouns(AnalysisDocument document, StatementKitData data, List<Statement> statements, Entity[] entities,
        Dictionary<EntityDraft, List<(TextSpan Span, AttributionMethod Method)>> resolvedThrough, CancellationToken cancellationToken)
    {
        var quoted = PronounLinker.DirectQuotes(statements);
        var sure = PronounLinker.Link(document, data, entities, quoted);
        var speakerMentions = resolvedThrough.Values.SelectMany(list => list.Select(r => r.Span)).ToHashSet();
        var taken = speakerMentions.Select(s => s.Start).Concat(sure.Where(l => l is not null).SelectMany(l => l!.Select(p => p.Start))).ToHashSet();
        var learnt = LearntPronounLinker.Link(document, data, entities, quoted, taken.Contains, cancellationToken);
        for (var e = 0; e < entities.Length; e++)
        {
            if (sure[e] is null && learnt[e] is null)
            {
                continue;
            }

            List<ArticlePronoun> pronouns = [.. sure[e] ?? [], .. learnt[e] ?? []];
            entities[e] = entities[e] with { Mentions = EntityMentions.WithPronouns(document, entities[e].Mentions, pronouns, speakerMentions) };
        }
    }
}

/// <summary>The outcome of resolving one speaker phrase.</summary>
internal sealed record Resolution(EntityDraft? Entity, string Name, TextSpan? Mention, AttributionMethod Method, double Confidence,
    Gender PronounGender = Gender.Unknown);
