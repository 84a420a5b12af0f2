using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(DeadlineBot.Benchmarks.BenchmarksAssembly).Assembly).Run(args);
