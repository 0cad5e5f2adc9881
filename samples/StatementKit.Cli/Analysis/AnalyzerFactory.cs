using StatementKit.Speakers;

namespace StatementKit.Cli.Analysis;

/// <summary>
/// Builds the analyzer a run uses. The one place that decides how it is built, so an option choosing another kind of
/// analyzer (for example a slower, more accurate mode) is a change here and a new option, nothing else.
/// </summary>
internal static class AnalyzerFactory
{
    /// <param name="settings">The run's options.</param>
    /// <param name="articleCount">How many articles the run reads: several share a speaker registry, so later articles
    /// use the gender evidence of earlier ones.</param>
    public static IStatementAnalyzer Create(AnalyzeSettings settings, int articleCount)
    {
        var builder = new StatementAnalyzerBuilder().Configure(options => options.MinimumConfidence = settings.MinimumConfidence);
        if (articleCount > 1)
        {
            builder.UseSpeakerRegistry(new InMemorySpeakerRegistry());
        }

        return builder.Build();
    }
}
