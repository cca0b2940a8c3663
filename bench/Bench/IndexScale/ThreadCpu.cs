using System.Runtime.InteropServices;

namespace Extraction.Bench.IndexScale;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)): on a machine shared by several
/// sessions a query's wall time is mostly waiting for a core, its CPU time is what it costs. NaN elsewhere.
/// </summary>
internal static class ThreadCpu
{
    private const int ProcessCpuClock = 2;
    private const int ThreadCpuClock = 3;

    public static double Milliseconds() => Read(ThreadCpuClock);

    /// <summary>CPU time of every thread of the process: what a search split over threads costs (DocRanges).</summary>
    public static double ProcessMilliseconds() => Read(ProcessCpuClock);

    private static double Read(int clock)
    {
        if (!OperatingSystem.IsLinux())
        {
            return double.NaN;
        }
        return ClockGetTime(clock, out var t) == 0 ? (t.Seconds * 1000.0) + (t.Nanoseconds / 1e6) : double.NaN;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
