using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Quotes.Scanning;
using StatementKit.Text;

namespace StatementKit.Quotes.Reported;

/// <summary>
/// Finds indirect (reported) speech sentence by sentence: at each "according to" (<see cref="AccordingTo"/>) and each
/// cue verb of the lexicon or of the learnt cue model (<see cref="CueVerbClauseReader"/>), outside direct quotes. A
/// reported clause holding verbatim words in quote marks is a partial quote. Thread-safe.
/// </summary>
internal sealed class ReportedSpeechScanner : IQuoteScanner
{
    private const double LearnedCueConfidence = 0.7;

    /// <summary>Tokens read between two looks at the cancellation token: a long sentence of hostile input stops promptly too.</summary>
    private const int TokensPerCancellationCheck = 1 << 12;

    private readonly CueMatcher cues;
    private readonly AccordingTo accordingTo;
    private readonly CueVerbClauseReader cueVerbs;

    public ReportedSpeechScanner(CueMatcher cues, SpeakerPhraseReader phrases)
    {
        this.cues = cues;
        accordingTo = new AccordingTo(new ClauseEmitter(cues, phrases));
        cueVerbs = new CueVerbClauseReader(cues, phrases);
    }

    public void Scan(QuoteScan scan) =>
        Scan(scan.Document, scan.Reader, scan.DirectSpans, scan.EmbeddedSpans, scan.Candidates, scan.CancellationToken);

    /// <param name="document">The document.</param>
    /// <param name="reader">Its tokens.</param>
    /// <param name="masks">Spans of direct quotes: reported clauses stop before them and never start inside.</param>
    /// <param name="quotesInside">Spans of quotes inside sentences: a clause holding one is partial.</param>
    /// <param name="output">Where candidates go.</param>
    /// <param name="cancellationToken">Cancels long documents.</param>
    public void Scan(AnalysisDocument document, in TokenReader reader, SpanSet masks, SpanSet quotesInside,
        List<QuoteCandidate> output, CancellationToken cancellationToken)
    {
        var nextCheck = 0;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            var first = document.TokenIndexAtOrAfter(sentence.Start);
            var limit = document.TokenIndexAtOrAfter(sentence.End);
            var context = new SentenceContext(document, reader, sentence, first, limit, masks, quotesInside);
            for (var k = first; k < limit; k++)
            {
                if (k >= nextCheck)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    nextCheck = k + TokensPerCancellationCheck;
                }

                if (masks.Contains(reader[k].Start) || quotesInside.Contains(reader[k].Start))
                {
                    continue;
                }

                if (AccordingTo.IsAt(context, k))
                {
                    accordingTo.Read(context, k, output);
                    continue;
                }

                if (cues.MatchVerb(reader, k, out var last) is { } cue)
                {
                    if (cue.Class != CueClass.Manner)
                    {
                        cueVerbs.Read(context, k, last, cue, output);
                    }

                    k = last;
                }
                else if (cues.MatchLearned(reader, k) is { } learned)
                {
                    // A learnt cue is less certain than a listed one: its statements say so in their confidence.
                    var before = output.Count;
                    cueVerbs.Read(context, k, k, learned, output);
                    for (var i = before; i < output.Count; i++)
                    {
                        output[i] = output[i] with { Confidence = Math.Round(output[i].Confidence * LearnedCueConfidence, 2) };
                    }
                }
            }
        }
    }
}
