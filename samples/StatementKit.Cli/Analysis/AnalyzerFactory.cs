using StatementKit.Speakers;

namespace StatementKit.Cli.Analysis;

/// <summary>
/// Builds the analyzer a run uses: the one place that decides how it is built (<c>--mode</c>, the speaker registry).
/// </summary>
internal static class AnalyzerFactory
{
    /// <param name="settings">The run's options.</param>
    /// <param name="articleCount">How many articles the run reads: several share a speaker registry, so later articles
    /// use the gender evidence of earlier ones.</param>
    public static IStatementAnalyzer Create(AnalyzeSettings settings, int articleCount)
    {
        var builder = new StatementAnalyzerBuilder().Configure(options =>
        {
            options.MinimumConfidence = settings.MinimumConfidence;
            options.Types.Clear();
            options.Types.UnionWith(settings.Types);
        });
        if (articleCount > 1)
        {
            builder.UseSpeakerRegistry(new InMemorySpeakerRegistry());
        }

        if (settings.Mode == AnalysisMode.Accurate)
        {
            // Loads the model once for the whole run; the tagger then serves every article.
            builder.UseNeuralTagger();
        }

        return builder.Build();
    }
}
