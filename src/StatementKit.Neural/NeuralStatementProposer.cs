using StatementKit.Pipeline;

namespace StatementKit.Neural;

/// <summary>
/// The accurate mode's <see cref="IStatementProposer"/>: the learnt tagger's statements, with the sources it decoded
/// so that the merger reconciles their speakers with the rules' reading, at a precedence above the rules' for reported
/// speech (its reading scored higher on the held-out tenth of PolNeAR train). Uses only the core's public API.
/// Thread-safe.
/// </summary>
internal sealed class NeuralStatementProposer(NeuralStatementTagger tagger) : IStatementProposer, IDisposable
{
    /// <summary>The tagger's proposer name.</summary>
    public const string TaggerName = "tagger";

    public string Name => TaggerName;

    public StatementProposal Propose(AnalysisDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tagged = tagger.Tag(document.Text, cancellationToken);
        return new StatementProposal
        {
            Proposer = TaggerName,
            Statements = tagged.Statements,
            Precedence = 1,
            SpeakerMentions = tagged.Sources.Select(static s => s.Span).ToArray(),
        };
    }

    public void Dispose() => tagger.Dispose();
}
