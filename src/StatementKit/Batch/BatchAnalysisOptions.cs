namespace StatementKit;

/// <summary>How a batch of articles is analysed in parallel (<c>AnalyzeManyAsync</c>). Every property documents its default.</summary>
public sealed class BatchAnalysisOptions
{
    /// <summary>The default <see cref="RoundSize"/>.</summary>
    public const int DefaultRoundSize = 64;

    /// <summary>How many articles are analysed at once, at least 1. Default: the number of processors.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// With a speaker registry: how many consecutive articles form a round. Every article of a round reads the registry
    /// as it was when the round started, and the round's articles are recorded together once all of them are analysed,
    /// so results never depend on timing or on <see cref="MaxDegreeOfParallelism"/>. 1 gives the sequential
    /// behaviour (each article sees every earlier one) without any parallelism. At least 1. Default: <c>64</c>.
    /// </summary>
    public int RoundSize { get; set; } = DefaultRoundSize;

    /// <summary>Told each time an article has been analysed, from the worker that analysed it. Default: <c>null</c>.</summary>
    public IProgress<BatchAnalysisProgress>? Progress { get; set; }

    /// <summary>The problems that make these options unusable; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxDegreeOfParallelism < 1)
        {
            problems.Add($"{nameof(MaxDegreeOfParallelism)} must be at least 1; it is {MaxDegreeOfParallelism}.");
        }

        if (RoundSize < 1)
        {
            problems.Add($"{nameof(RoundSize)} must be at least 1; it is {RoundSize}.");
        }

        return problems;
    }
}

/// <summary>How far a batch has come.</summary>
/// <param name="Completed">Articles analysed so far.</param>
/// <param name="Total">Articles in the batch, when the input knows its count without being enumerated; else null.</param>
/// <param name="Characters">Characters of analysed text so far (UTF-16 code units, as <see cref="ArticleAnalysis.Text"/> counts them).</param>
public readonly record struct BatchAnalysisProgress(int Completed, int? Total, long Characters);
