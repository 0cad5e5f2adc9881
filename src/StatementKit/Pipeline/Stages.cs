namespace StatementKit.Pipeline;

/// <summary>Turns an <see cref="Article"/> into the text to analyse (first stage).</summary>
public interface IDocumentLoader
{
    /// <summary>Reads the article. Never throws on content, only on cancellation.</summary>
    AnalysisDocument Load(Article article, CancellationToken cancellationToken);
}

/// <summary>Resolves each statement's speaker to an entity and builds the article's entities (third stage).</summary>
public interface ISpeakerAttributor
{
    /// <summary>The attributed statements, in the order of <paramref name="candidates"/>, and the entities.</summary>
    SpeakerAttributionResult Attribute(AnalysisDocument document, IReadOnlyList<QuoteCandidate> candidates, CancellationToken cancellationToken);
}

/// <summary>What the speaker attribution stage returns.</summary>
/// <param name="Statements">The statements with their speakers.</param>
/// <param name="Entities">The entities the speakers refer to.</param>
public sealed record SpeakerAttributionResult(IReadOnlyList<Statement> Statements, IReadOnlyList<Entity> Entities);
