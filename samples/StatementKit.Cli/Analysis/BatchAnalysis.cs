using StatementKit.Cli.Inputs;

namespace StatementKit.Cli.Analysis;

/// <summary>An input that was read, with its article.</summary>
internal sealed record ReadArticle(InputItem Input, Article Article);

/// <summary>An analysed input, or the reason it could not be analysed.</summary>
internal sealed record AnalysisOutcome(InputItem Input, ArticleAnalysis? Analysis, string? Problem);

/// <summary>
/// Analyses the read articles in input order. Today one after another on the calling thread (what
/// <see cref="StatementAnalyzerExtensions.AnalyzeAll"/> does, so a shared speaker registry sees them in order); a parallel
/// batch API slots in here without changing the callers, which consume the outcomes lazily in order.
/// </summary>
internal static class BatchAnalysis
{
    public static IEnumerable<AnalysisOutcome> Run(IStatementAnalyzer analyzer, IEnumerable<ReadArticle> articles, CancellationToken cancellationToken)
    {
        foreach (var (input, article) in articles)
        {
            ArticleAnalysis? analysis = null;
            string? problem = null;
            try
            {
                analysis = analyzer.Analyze(article, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The library promises not to throw on content; should a defect break that promise, one article fails
                // and the batch goes on.
                problem = $"analysis failed ({e.GetType().Name}: {e.Message})";
            }

            yield return new AnalysisOutcome(input, analysis, problem);
        }
    }
}
