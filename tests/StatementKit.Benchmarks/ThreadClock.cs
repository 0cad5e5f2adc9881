using System.Diagnostics;
using System.Runtime.InteropServices;

namespace StatementKit.Benchmarks;

/// <summary>
/// The CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), which unlike the wall clock does not count
/// the time the thread waits for a core on a shared machine; falls back to the wall clock elsewhere.
/// </summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTimeId = 3;
    private static readonly bool Available = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>Whether the readings are CPU time (else wall-clock time).</summary>
    public static bool IsCpuTime => Available;

    /// <summary>Seconds of the thread's CPU time (or of the wall clock) since an arbitrary origin.</summary>
    public static double Now() => Available && TryRead(out var seconds) ? seconds : Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;

    private static bool TryRead(out double seconds)
    {
        try
        {
            if (clock_gettime(ThreadCpuTimeId, out var time) == 0)
            {
                seconds = time.Seconds + time.Nanoseconds / 1e9;
                return true;
            }
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }

        seconds = 0;
        return false;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", SetLastError = false)]
    private static partial int clock_gettime(int clock, out TimeSpec time);
}
