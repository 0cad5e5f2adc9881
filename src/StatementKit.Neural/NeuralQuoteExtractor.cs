using StatementKit.Pipeline;

namespace StatementKit.Neural;

/// <summary>
/// The accurate mode's <see cref="IQuoteExtractor"/>: runs the rules (the extractor it decorates) and the learnt
/// tagger, and merges their statements (<see cref="CandidateMerger"/>). Thread-safe.
/// </summary>
internal sealed class NeuralQuoteExtractor(IQuoteExtractor rules, NeuralStatementTagger tagger, NeuralTaggerOptions options) : IQuoteExtractor, IDisposable
{
    public IReadOnlyList<QuoteCandidate> Extract(AnalysisDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ruleStatements = rules.Extract(document, cancellationToken);
        var tagged = tagger.Tag(document.Text, cancellationToken);
        return CandidateMerger.Merge(ruleStatements, tagged, options);
    }

    public void Dispose() => tagger.Dispose();
}
