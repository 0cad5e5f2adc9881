namespace StatementKit.Worker;

/// <summary>The worker's settings (section <c>Worker</c> of appsettings.json, or <c>Worker__Input=…</c> in the environment).</summary>
internal sealed class WorkerOptions
{
    /// <summary>A folder of <c>.txt</c>/<c>.html</c>/<c>.htm</c> articles, or <c>-</c> for JSON lines on standard input.</summary>
    public string Input { get; set; } = "-";

    /// <summary>The JSONL file to append to, or <c>-</c> for standard output.</summary>
    public string Output { get; set; } = "-";

    /// <summary>Articles analysed at once; 0 means one per processor.</summary>
    public int MaxDegreeOfParallelism { get; set; }

    /// <summary>Articles per registry round (see <c>BatchAnalysisOptions.RoundSize</c>).</summary>
    public int RoundSize { get; set; } = BatchAnalysisOptions.DefaultRoundSize;

    /// <summary>Which share of a folder this replica reads: files whose name hashes to <c>ShardIndex</c> mod <c>ShardCount</c>.</summary>
    public int ShardIndex { get; set; }

    /// <summary>How many replicas share the folder.</summary>
    public int ShardCount { get; set; } = 1;

    /// <summary>Articles larger than this many bytes are skipped with a warning.</summary>
    public long MaxArticleBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How often progress is logged.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Input))
        {
            yield return "Worker:Input must be a folder or '-'.";
        }
        else if (Input != "-" && !Directory.Exists(Input))
        {
            yield return File.Exists(Input)
                ? $"Worker:Input '{Input}' is a file; name its folder, or use '-' and JSON lines on standard input."
                : $"Worker:Input '{Input}': no such folder.";
        }

        if (string.IsNullOrWhiteSpace(Output))
        {
            yield return "Worker:Output must be a file or '-'.";
        }

        if (MaxDegreeOfParallelism < 0 || RoundSize < 1)
        {
            yield return "Worker:MaxDegreeOfParallelism must be 0 or more and Worker:RoundSize 1 or more.";
        }

        if (ShardCount < 1 || ShardIndex < 0 || ShardIndex >= ShardCount)
        {
            yield return "Worker:ShardIndex must be from 0 to Worker:ShardCount - 1.";
        }

        if (MaxArticleBytes < 1 || ProgressInterval <= TimeSpan.Zero)
        {
            yield return "Worker:MaxArticleBytes and Worker:ProgressInterval must be positive.";
        }
    }
}
