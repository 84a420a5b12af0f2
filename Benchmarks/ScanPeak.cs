using System.Diagnostics;

namespace DeadlineBot.Benchmarks;

/// <summary>
/// The scan's peak working set beside its floor, each in a process of its own (scripts/bench-scan.sh runs them):
/// <c>peak N seed</c> stores N tasks (see <see cref="ScanBenchmarks"/>); <c>peak N scan</c> and <c>peak N read</c> set up
/// the same app and then scan once, or read the task entities once, and print the process's peak working set and the
/// bytes allocated. The setup (host, clients, one read of the row keys) is in both, so the difference is the scan's own.
/// With finished plans beside the open ones (DEADLINEBOT_BENCH_HISTORY): <c>read-open</c> reads the open task entities
/// alone, and <c>scan-unskipped</c> scans once without the plans' closed states (every partition read, as before them).
/// </summary>
public static class ScanPeak
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count < 3 || !int.TryParse(args[1], out var tasks) || args[2] is not ("seed" or "scan" or "read" or "read-open" or "scan-unskipped"))
        {
            await Console.Error.WriteLineAsync("usage: peak <tasks> seed|scan|read|read-open|scan-unskipped");
            return 2;
        }

        using var bench = new ScanBenchmarks { Tasks = tasks };
        await bench.SetupAsync();
        if (args[2] == "seed")
        {
            return 0;
        }

        if (args[2] is "scan" or "scan-unskipped" && bench.History > 0)
        {
            await bench.SetFinishedPlansClosedAsync(args[2] == "scan");
        }

        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = args[2] switch
        {
            "scan" or "scan-unskipped" => await bench.Scan(),
            "read-open" => await bench.BareReadOpen(),
            _ => await bench.BareRead(),
        };
        var elapsed = clock.ElapsedMilliseconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(
            $"{args[2],-14} {tasks,7} tasks{(bench.History > 0 ? $" + {bench.History} done" : string.Empty)}: peak working set {process.PeakWorkingSet64 / 1048576,5} MB, " +
            $"allocated {allocated / 1048576,5} MB, {elapsed,6} ms, result {result}");
        return 0;
    }
}
