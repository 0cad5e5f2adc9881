namespace StatementKit;

/// <summary>Conveniences over <see cref="IStatementAnalyzer"/>.</summary>
public static class StatementAnalyzerExtensions
{
    /// <summary>
    /// Analyses articles one after another, in order, lazily. With a speaker registry configured, each article can use
    /// what the earlier ones established (for example a person's gender), so the order is part of the input.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<ArticleAnalysis> AnalyzeAll(this IStatementAnalyzer analyzer, IEnumerable<Article> articles,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(articles);
        return Iterate(analyzer, articles, cancellationToken);

        static IEnumerable<ArticleAnalysis> Iterate(IStatementAnalyzer analyzer, IEnumerable<Article> articles, CancellationToken cancellationToken)
        {
            foreach (var article in articles)
            {
                yield return analyzer.Analyze(article, cancellationToken);
            }
        }
    }
}
