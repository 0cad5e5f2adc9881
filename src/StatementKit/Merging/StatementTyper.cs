using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Quotes;
using StatementKit.Text;

namespace StatementKit.Merging;

/// <summary>
/// Types each merged statement a proposer left untyped, from its evidence in the text: a quote (exact boundaries or
/// direct) and <c>according to</c> are assertions; a cue verb followed by its to-infinitive ("vowed to", "agreed to",
/// "plans to") reports an eventuality; otherwise the cue's lemma (<c>cue-types.tsv</c>) or its class in the lexicon
/// decides (speech: assertion, cognition: belief, evidence: fact). A cue the lexicon does not hold (a learnt one) is
/// read as speech. Thread-safe.
/// </summary>
internal sealed class StatementTyper(StatementKitData data)
{
    private readonly CueMatcher cues = new(data);

    public IReadOnlyList<QuoteCandidate> Type(AnalysisDocument document, IReadOnlyList<QuoteCandidate> candidates, CancellationToken cancellationToken)
    {
        QuoteCandidate[]? typed = null;
        var reader = new TokenReader(document.Text, document.Tokens);
        for (var i = 0; i < candidates.Count; i++)
        {
            // About 110 ms for the candidates of 4 MB of statement-dense text: a cancelled analysis stops within it.
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var candidate = candidates[i];
            if (candidate.Type is not null)
            {
                continue;
            }

            typed ??= [.. candidates];
            typed[i] = candidate with { Type = TypeOf(document, reader, candidate) };
        }

        return typed ?? candidates;
    }

    private StatementType TypeOf(AnalysisDocument document, in TokenReader reader, QuoteCandidate candidate)
    {
        if (candidate.HasExactBoundaries || candidate.Kind == StatementKind.Direct || candidate.Cue is not { } cue)
        {
            return StatementType.Assertion;
        }

        var first = document.TokenIndexAtOrAfter(cue.Start);
        if (first >= reader.Count || reader[first].Start >= cue.End || reader.Is(first, "according"))
        {
            return StatementType.Assertion;
        }

        var verb = cues.MatchVerb(reader, first, out _);
        if (verb is null)
        {
            return StatementType.Assertion;
        }

        if (StartsWithInfinitive(document, reader, candidate.Content) && candidate.Content.Start >= cue.End)
        {
            return StatementType.Eventuality;
        }

        return TypeOf(data, verb);
    }

    /// <summary>The type a cue verb reports by itself: its lemma's in <c>cue-types.tsv</c>, else its lexicon class's.</summary>
    internal static StatementType TypeOf(StatementKitData data, CueVerb verb) =>
        data.CueTypes.TryGetValue(verb.Lemma, out var type) ? type : verb.Class switch
        {
            CueClass.Cognition => StatementType.Belief,
            CueClass.Evidence => StatementType.Fact,
            _ => StatementType.Assertion,
        };

    /// <summary>"to fight on": the content opens with "to" and a lower-case word.</summary>
    private static bool StartsWithInfinitive(AnalysisDocument document, in TokenReader reader, TextSpan content)
    {
        var k = document.TokenIndexAtOrAfter(content.Start);
        return k < reader.Count && reader[k].Start == content.Start && reader.Is(k, "to") && reader.IsLowerWord(k + 1);
    }
}
