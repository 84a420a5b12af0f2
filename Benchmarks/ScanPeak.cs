using System.Diagnostics;

namespace DeadlineBot.Benchmarks;

/// <summary>
/// The scan's peak working set beside its floor, each in a process of its own (scripts/bench-scan.sh runs them):
/// <c>peak N seed</c> stores N tasks (see <see cref="ScanBenchmarks"/>); <c>peak N scan</c> and <c>peak N read</c> set up
/// the same app and then scan once, or read the task entities once, and print the process's peak working set and the
/// bytes allocated. The setup (host, clients, one read of the row keys) is in both, so the difference is the scan's own.
/// </summary>
public static class ScanPeak
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count < 3 || !int.TryParse(args[1], out var tasks) || args[2] is not ("seed" or "scan" or "read"))
        {
            await Console.Error.WriteLineAsync("usage: peak <tasks> seed|scan|read");
            return 2;
        }

        using var bench = new ScanBenchmarks { Tasks = tasks };
        await bench.SetupAsync();
        if (args[2] == "seed")
        {
            return 0;
        }

        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = args[2] == "scan" ? await bench.Scan() : await bench.BareRead();
        var elapsed = clock.ElapsedMilliseconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(
            $"{args[2],-5} {tasks,7} tasks: peak working set {process.PeakWorkingSet64 / 1048576,5} MB, " +
            $"allocated {allocated / 1048576,5} MB, {elapsed,6} ms, result {result}");
        return 0;
    }
}
