using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Text.Grammar;

namespace StatementKit.Quotes.Reported;

/// <summary>
/// Reads the reported speech around one cue verb. First the constructions where the attribution stands apart (a
/// question after a subordinator, a subject that is not the speaker, a trailing, parenthetical or inverted
/// attribution); then the subject is read as the speaker and the verb's complement constructions are tried in order
/// (a that-clause, an indirect question, an infinitive, a colon, an object, a bare clause). Thread-safe.
/// </summary>
internal sealed class CueVerbClauseReader
{
    private readonly SpeakerPhraseReader phrases;
    private readonly IReportedConstruction[] attributionFirst;
    private readonly IReportedConstruction[] complements;

    public CueVerbClauseReader(CueMatcher cues, SpeakerPhraseReader phrases)
    {
        this.phrases = phrases;
        var emitter = new ClauseEmitter(cues, phrases);
        attributionFirst = [new AskedQuestion(phrases), new NonSpeakingSubject(), new TrailingAttribution(cues, phrases)];
        complements =
        [
            new ThatClause(emitter), new IndirectQuestion(emitter), new InfinitiveComplement(emitter), new ColonComplement(emitter),
            new ObjectComplement(emitter), new BareClause(emitter),
        ];
    }

    public void Read(in SentenceContext context, int verb, int last, CueVerb cue, List<QuoteCandidate> output)
    {
        var reader = context.Reader;
        var verbStart = ClauseBounds.SkipModifiersBack(context, verb, out var passive);
        var clause = new CueClause(verb, last, cue, reader.Span(verb, last), verbStart, passive);
        foreach (var construction in attributionFirst)
        {
            if (construction.TryRead(context, clause, output))
            {
                return;
            }
        }

        if (!TryReadSpeaker(context, clause, out var speaker))
        {
            return;
        }

        clause = clause with { Speaker = speaker };
        foreach (var construction in complements)
        {
            if (construction.TryRead(context, clause, output))
            {
                return;
            }
        }
    }

    /// <summary>
    /// The subject before the verb; for a gerund after a comma, the head of the sentence ("She wrote to supporters,
    /// saying that …"). False when the clause reports nothing: no subject, evidence from a bare word ("Experience
    /// shows"), or a gerund without a comma ("the saying goes").
    /// </summary>
    private bool TryReadSpeaker(in SentenceContext context, in CueClause clause, out TextSpan? speaker)
    {
        var reader = context.Reader;
        speaker = null;
        if (!clause.IsGerund(context))
        {
            if (phrases.ReadSubject(reader, clause.VerbStart, context.First) is not { } subject
                || clause.Cue.Class == CueClass.Evidence && !ClauseGrammar.IsDeterminedPhrase(reader, subject))
            {
                return false;
            }

            speaker = reader.Span(subject.First, subject.Last);
            return true;
        }

        if (!reader.IsChar(clause.Verb - 1, ','))
        {
            return false;
        }

        if (phrases.ReadSentenceHead(reader, context.First, clause.Verb - 1) is { } head)
        {
            speaker = reader.Span(head.First, head.Last);
        }

        return true;
    }
}
