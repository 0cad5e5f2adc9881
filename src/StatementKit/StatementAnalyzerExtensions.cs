using StatementKit.Batch;

namespace StatementKit;

/// <summary>Conveniences over <see cref="IStatementAnalyzer"/>.</summary>
public static class StatementAnalyzerExtensions
{
    /// <summary>
    /// Analyses articles one after another, in order, lazily, on the calling thread. With a speaker registry configured,
    /// each article can use what the earlier ones established (for example a person's gender), so the order is part
    /// of the input. <see cref="AnalyzeManyAsync"/> analyses in parallel.
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

    /// <summary>
    /// Analyses articles in parallel and returns the results in input order as they become ready. At most
    /// <see cref="BatchAnalysisOptions.MaxDegreeOfParallelism"/> articles are analysed at once and only a few per worker
    /// are held ahead of the consumer, so the input is read lazily and memory stays bounded on any number of articles.
    /// </summary>
    /// <remarks>
    /// With a speaker registry, articles are read in rounds of <see cref="BatchAnalysisOptions.RoundSize"/>: each article
    /// reads the registry as it was when its round started, and a round is recorded once all its articles are done.
    /// The results therefore depend on the input order and the round size, never on timing or the degree of
    /// parallelism (other processes writing to a shared registry meanwhile still change what a round reads). A batch
    /// that is cancelled or abandoned early records only its completed rounds. An <see cref="IStatementAnalyzer"/>
    /// other than <see cref="StatementAnalyzer"/> is simply called in parallel.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null, or (when its turn comes) an article is.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IAsyncEnumerable<ArticleAnalysis> AnalyzeManyAsync(this IStatementAnalyzer analyzer, IEnumerable<Article> articles,
        BatchAnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(articles);
        options ??= new BatchAnalysisOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid batch options: " + string.Join(" ", problems), nameof(options));
        }

        // A copy, so that changing the options while the batch runs changes nothing.
        var snapshot = new BatchAnalysisOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
            RoundSize = options.RoundSize,
            Progress = options.Progress,
        };
        return BatchRunner.Run(analyzer, articles, snapshot, cancellationToken);
    }

    /// <summary>
    /// <see cref="AnalyzeManyAsync"/> for synchronous callers: analyses in parallel and yields the results in input
    /// order, blocking the calling thread while the next result is not ready.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null, or (when its turn comes) an article is.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IEnumerable<ArticleAnalysis> AnalyzeMany(this IStatementAnalyzer analyzer, IEnumerable<Article> articles,
        BatchAnalysisOptions? options = null, CancellationToken cancellationToken = default) =>
        analyzer.AnalyzeManyAsync(articles, options, cancellationToken).ToBlockingEnumerable(cancellationToken);
}
