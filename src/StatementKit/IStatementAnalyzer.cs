namespace StatementKit;

/// <summary>Reads articles and returns who said what, and how far to trust it. Thread-safe; build once, reuse.</summary>
public interface IStatementAnalyzer
{
    /// <summary>Analyses one article.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ArticleAnalysis Analyze(Article article, CancellationToken cancellationToken = default);
}
