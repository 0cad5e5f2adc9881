namespace StatementKit.Benchmarks;

/// <summary>
/// Brings the analysis to the code it runs in a long-lived process before anything is timed. The runtime first runs
/// every method unoptimised and compiles the hot ones again on a background thread; on a shared 2-core machine that
/// thread hardly gets a core while the benchmark thread keeps one busy, so timings taken straight after a few passes
/// measured partly unoptimised code (the same dev articles ran at 0.9 MB/s in the first peer pair and 4.5 MB/s in the
/// next, after the process had idled while the peer ran). Pausing between warm-up passes lets the compiler finish.
/// </summary>
internal static class JitWarmUp
{
    private const int Passes = 8;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(400);

    public static void Run(Action pass)
    {
        for (var i = 0; i < Passes; i++)
        {
            pass();
            Thread.Sleep(Pause);
        }
    }
}
