namespace StatementKit.Batch;

/// <summary>Counts finished articles and their characters across workers and tells the caller's progress sink.</summary>
internal sealed class ProgressCounter(IProgress<BatchAnalysisProgress>? progress, int? total)
{
    private int completed;
    private long characters;

    public void Completed(int length)
    {
        var done = Interlocked.Increment(ref completed);
        var read = Interlocked.Add(ref characters, length);
        progress?.Report(new BatchAnalysisProgress(done, total, read));
    }
}
