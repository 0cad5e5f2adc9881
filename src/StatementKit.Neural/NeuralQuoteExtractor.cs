using StatementKit.Data;
using StatementKit.Neural.Decoding;
using StatementKit.Pipeline;
using StatementKit.Quotes;

namespace StatementKit.Neural;

/// <summary>
/// The accurate mode's <see cref="IQuoteExtractor"/>: runs the rules (the extractor it decorates) and the learnt
/// tagger, reads each tagged statement's speaker from its cue with the rules' phrase reading
/// (<see cref="CueSpeakerReader"/>), and merges their statements (<see cref="CandidateMerger"/>). Thread-safe.
/// </summary>
internal sealed class NeuralQuoteExtractor : IQuoteExtractor, IDisposable
{
    private readonly IQuoteExtractor rules;
    private readonly NeuralStatementTagger tagger;
    private readonly NeuralTaggerOptions options;
    private readonly CueSpeakerReader speakers;

    public NeuralQuoteExtractor(IQuoteExtractor rules, NeuralStatementTagger tagger, NeuralTaggerOptions options)
    {
        this.rules = rules;
        this.tagger = tagger;
        this.options = options;

        // The built-in rules read speakers with their own lexicons; a replaced extractor gets the default ones.
        speakers = (rules as QuoteExtractor)?.CueSpeakers ?? new CueSpeakerReader(StatementKitData.Default);
    }

    public IReadOnlyList<QuoteCandidate> Extract(AnalysisDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ruleStatements = rules.Extract(document, cancellationToken);
        var tagged = tagger.Tag(document.Text, cancellationToken);
        if (options.ReadSpeakersWithRules)
        {
            ReadSpeakers(document, tagged, ruleStatements);
        }

        if (!options.KeepUnattributedStatements)
        {
            tagged.Statements.RemoveAll(static s => s.SpeakerMention is null);
        }

        return CandidateMerger.Merge(ruleStatements, tagged.Statements, options);
    }

    public void Dispose() => tagger.Dispose();

    /// <summary>
    /// Chooses each tagged statement's speaker mention: a source the tagger decoded that the rules agree with (their
    /// speaker of the same statement first, then their reading from the tagged cue), with the tagger's boundaries,
    /// which follow PolNeAR's; where the rules agree with no tagged source, the tagger's nearest source, else the
    /// rules' reading. On the held-out tenth of train this beat the tagger's source alone (source accuracy 0.868 to
    /// 0.880) and the rules' reading alone (0.869).
    /// </summary>
    private void ReadSpeakers(AnalysisDocument document, TaggedText tagged, IReadOnlyList<QuoteCandidate> ruleStatements)
    {
        var ruleByStart = CandidateMerger.SortedByStart(ruleStatements.Where(static r => r.SpeakerMention is not null));
        var statements = tagged.Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            var ruleMention = CandidateMerger.FirstSame(ruleByStart, statement)?.SpeakerMention;
            if (Overlapping(tagged.Sources, ruleMention) is { } agreed)
            {
                statements[i] = statement with { SpeakerMention = agreed };
                continue;
            }

            var readMention = statement.Cue is { } cue ? speakers.SpeakerOf(document, cue, statement.Content) : null;
            statements[i] = statement with
            {
                SpeakerMention = Overlapping(tagged.Sources, readMention) ?? statement.SpeakerMention ?? ruleMention ?? readMention,
            };
        }
    }

    /// <summary>The decoded source overlapping <paramref name="span"/>, or null (sources are disjoint and in text order).</summary>
    private static TextSpan? Overlapping(IReadOnlyList<TaggedSpan> sources, TextSpan? span)
    {
        if (span is not { } target)
        {
            return null;
        }

        int lo = 0, hi = sources.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sources[mid].Span.End <= target.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < sources.Count && sources[lo].Span.Start < target.End ? sources[lo].Span : null;
    }
}
