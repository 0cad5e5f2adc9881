using StatementKit.Data;
using StatementKit.Learning;
using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Speakers.Coreference;

/// <summary>
/// Links the gendered third-person pronouns the sure reading (<see cref="PronounLinker"/>) leaves, each to the person
/// the learnt pronoun model (<c>pronoun-model.tsv</c>, fitted on GAP) scores highest, when that score reaches the model's
/// threshold. The candidates are each person's nearest name before the pronoun in its own or the two paragraphs before
/// (else a name after it in its sentence, "Before she left, Berg …"). Gender-blind like its features: a pronoun of the
/// other gender still links to its person. Thread-safe.
/// </summary>
internal static class LearntPronounLinker
{
    /// <summary>How far back a name is a candidate: further, the text has moved on (and the walk stays bounded).</summary>
    private const int Reach = 1500;

    public static List<ArticlePronoun>?[] Link(AnalysisDocument document, StatementKitData data, IReadOnlyList<Entity> entities, SpanSet quoted,
        Func<int, bool> alreadyLinked, CancellationToken cancellationToken)
    {
        var found = new List<ArticlePronoun>?[entities.Count];
        var model = data.PronounModel;
        if (model.IsEmpty)
        {
            return found;
        }

        var names = PronounLinker.PersonNames(entities);
        if (names.Count == 0)
        {
            return found;
        }

        var pronouns = data.Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var subjects = data.SubjectPronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = document.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if ((k & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var t = tokens[k];
            if (!t.IsWord || quoted.Contains(t.Start) || alreadyLinked(t.Start)
                || !pronouns.TryGetValue(document.Text.AsSpan(t.Start, t.Length), out var gender) || gender is not ('m' or 'f'))
            {
                continue;
            }

            var best = -1;
            var bestScore = model.Threshold;
            foreach (var (entity, candidate) in Candidates(document, names, t.Start))
            {
                var score = Score(model, PronounFeatures.Of(document, data, k, candidate));
                if (score >= bestScore)
                {
                    (best, bestScore) = (entity, score);
                }
            }

            if (best >= 0)
            {
                var word = document.Text.AsSpan(t.Start, t.Length);
                (found[best] ??= []).Add(new ArticlePronoun(t.Start, t.Length, gender == 'f' ? Gender.Female : Gender.Male, subjects.Contains(word)));
            }
        }

        return found;
    }

    /// <summary>The probability the model gives a pair from its written features.</summary>
    public static double Score(LinearModel model, List<string> features)
    {
        var sum = 0.0;
        foreach (var feature in features)
        {
            sum += model.Weight(FeatureHash.Of(feature));
        }

        return LinearModel.Logistic(sum);
    }

    /// <summary>Each person's candidate name for the pronoun at <paramref name="position"/>, with the names between.</summary>
    internal static IEnumerable<(int Entity, PronounCandidate Candidate)> Candidates(AnalysisDocument document, List<(TextSpan Span, int Entity)> names, int position)
    {
        var paragraph = document.ParagraphIndexAt(position);
        var from = Math.Max(document.Paragraphs[Math.Max(0, paragraph - 2)].Start, position - Reach);
        var sentence = document.Sentences[document.SentenceIndexAt(position)];
        var nearest = new Dictionary<int, (TextSpan Span, int Index)>();
        var earlier = new Dictionary<int, int>();
        var i = SortedSearch.LowerBound(names, from, n => n.Span.Start);
        for (; i < names.Count && names[i].Span.Start < sentence.End; i++)
        {
            var (span, entity) = names[i];
            if (span.End <= position)
            {
                nearest[entity] = (span, i);
                earlier[entity] = earlier.GetValueOrDefault(entity) + 1;
            }
            else if (span.Start > position && !nearest.ContainsKey(entity))
            {
                nearest[entity] = (span, i);
            }
        }

        var atPronoun = SortedSearch.LowerBound(names, position, n => n.Span.Start);
        foreach (var (entity, (span, index)) in nearest.OrderBy(n => n.Key))
        {
            var (lo, hi) = span.End <= position ? (index + 1, atPronoun) : (atPronoun, index);
            var others = 0;
            for (var j = lo; j < hi; j++)
            {
                others += names[j].Entity != entity ? 1 : 0;
            }

            yield return (entity, new PronounCandidate(span, others, earlier.GetValueOrDefault(entity)));
        }
    }
}
