namespace StatementKit.Worker.Streams;

/// <summary>How <c>work</c> analyses: the rules alone, or with the learnt statement tagger (the CLI's default).</summary>
internal enum WorkMode
{
    Fast,
    Accurate,
}

/// <summary>
/// The options of <c>work --redis HOST:PORT --stream NAME --group NAME --consumer NAME --results NAME [--mode fast|accurate]
/// [--claim-after SECONDS] [--exit-when-idle SECONDS]</c>, checked, and the settings of the <c>Worker</c> section it uses
/// (MaxDegreeOfParallelism, MaxArticleBytes).
/// </summary>
internal sealed record StreamWorkSettings
{
    public const string Command = "work";

    /// <summary>The default of <c>--claim-after</c>.</summary>
    public static readonly TimeSpan DefaultClaimAfter = TimeSpan.FromSeconds(30);

    private static readonly string[] Known = ["redis", "stream", "group", "consumer", "results", "mode", "claim-after", "exit-when-idle"];

    public required string Redis { get; init; }

    public required string Stream { get; init; }

    public required string Group { get; init; }

    public required string Consumer { get; init; }

    public required string Results { get; init; }

    public WorkMode Mode { get; init; } = WorkMode.Accurate;

    public TimeSpan ClaimAfter { get; init; } = DefaultClaimAfter;

    /// <summary>Null: run until stopped.</summary>
    public TimeSpan? ExitWhenIdle { get; init; }

    /// <summary>Entries analysed at once, which is also the most this worker holds (it reads no more than it can start).</summary>
    public int MaxInFlight { get; init; } = Environment.ProcessorCount;

    /// <summary>Entries with more content than this are dead-lettered.</summary>
    public long MaxArticleBytes { get; init; } = 10 * 1024 * 1024;

    public static StreamWorkSettings Parse(IReadOnlyList<string> args)
    {
        var arguments = CommandArguments.Parse(Command, args, Known);
        if (arguments.Positionals.Count > 0)
        {
            throw new UsageException($"{Command}: unexpected argument '{arguments.Positionals[0]}'; every option is --name VALUE.");
        }

        var settings = new StreamWorkSettings
        {
            Redis = arguments.Required("redis"),
            Stream = arguments.Required("stream"),
            Group = arguments.Required("group"),
            Consumer = arguments.Required("consumer"),
            Results = arguments.Required("results"),
            Mode = arguments.Optional("mode") switch
            {
                null or "accurate" => WorkMode.Accurate,
                "fast" => WorkMode.Fast,
                var other => throw new UsageException($"{Command}: --mode must be fast or accurate, not '{other}'."),
            },
            ClaimAfter = arguments.Seconds("claim-after", minimum: 0.001) ?? DefaultClaimAfter,
            ExitWhenIdle = arguments.Seconds("exit-when-idle", minimum: 0.001),
        };
        if (settings.Results == settings.Stream || settings.Results == settings.Stream + ":dead")
        {
            throw new UsageException($"{Command}: --results must name another stream than --stream and its dead letters ({settings.Stream}:dead).");
        }

        return settings;
    }

    /// <summary>These settings with the <c>Worker</c> section's parallelism and size limit (0 parallelism: one per processor).</summary>
    public StreamWorkSettings With(WorkerOptions worker)
    {
        if (worker.MaxDegreeOfParallelism < 0 || worker.MaxArticleBytes < 1)
        {
            throw new UsageException($"{Command}: Worker:MaxDegreeOfParallelism must be 0 or more and Worker:MaxArticleBytes positive.");
        }

        return this with
        {
            MaxInFlight = worker.MaxDegreeOfParallelism == 0 ? Environment.ProcessorCount : worker.MaxDegreeOfParallelism,
            MaxArticleBytes = worker.MaxArticleBytes,
        };
    }
}
