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
        if (options.SpeakerChoice > 0)
        {
            ReadSpeakers(document, tagged, ruleStatements);
        }

        return CandidateMerger.Merge(ruleStatements, tagged.Statements, options);
    }

    public void Dispose() => tagger.Dispose();

    /// <summary>
    /// Gives each tagged statement the speaker the rules read from its cue; the tagger's own source stays only where
    /// the rules read nothing (they read sources better: see NeuralTaggerOptions.SpeakerChoice).
    /// </summary>
    private void ReadSpeakers(AnalysisDocument document, TaggedText tagged, IReadOnlyList<QuoteCandidate> ruleStatements)
    {
        var byStart = CandidateMerger.SortedByStart(ruleStatements.Where(r => r.SpeakerMention is not null));
        var statements = tagged.Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            var ruleMention = CandidateMerger.FirstSame(byStart, statements[i])?.SpeakerMention;
            if (options.SpeakerChoice >= 5)
            {
                var readMention = statements[i].Cue is { } c ? speakers.SpeakerOf(document, c, statements[i].Content) : null;
                var ownMention = statements[i].SpeakerMention;
                TextSpan? chosen = null;
                if (ruleMention is { } r1 && Overlapping(tagged.Sources, r1) is not null)
                {
                    chosen = r1;
                }
                else if (readMention is { } r2 && Overlapping(tagged.Sources, r2) is not null)
                {
                    chosen = r2;
                }
                else
                {
                    chosen = options.SpeakerChoice == 5 ? ownMention ?? ruleMention ?? readMention : ruleMention ?? ownMention ?? readMention;
                }

                statements[i] = statements[i] with { SpeakerMention = chosen };
                continue;
            }

            if (statements[i].Cue is not { } cue || speakers.SpeakerOf(document, cue, statements[i].Content) is not { } read)
            {
                continue;
            }

            var confirmed = Overlapping(tagged.Sources, read);
            var own = statements[i].SpeakerMention;
            TextSpan? mention = options.SpeakerChoice switch
            {
                1 => read,
                2 => confirmed is not null ? read : own ?? read,
                3 => confirmed ?? own ?? read,
                4 => confirmed is not null ? read : own is { } o && !OverlapsSentenceOf(document, o, cue) ? read : own ?? read,
                _ => own,
            };
            statements[i] = statements[i] with { SpeakerMention = mention };
        }
    }

    private static bool OverlapsSentenceOf(AnalysisDocument document, TextSpan span, TextSpan cue) =>
        document.SentenceIndexAt(span.Start) == document.SentenceIndexAt(cue.Start);

    private static TextSpan? Overlapping(IReadOnlyList<TaggedSpan> sources, TextSpan span)
    {
        foreach (var source in sources)
        {
            if (source.Span.Start < span.End && span.Start < source.Span.End)
            {
                return source.Span;
            }
        }

        return null;
    }
}
