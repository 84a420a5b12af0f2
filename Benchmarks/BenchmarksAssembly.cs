namespace DeadlineBot.Benchmarks;

/// <summary>Anchors this assembly for <c>BenchmarkSwitcher</c>; run with <c>dotnet run -c Release --project Benchmarks -- --filter '*'</c>.</summary>
public static class BenchmarksAssembly;
