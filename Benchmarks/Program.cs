using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: the assembly is named DeadlineBot.Benchmarks (Directory.Build.props), which BenchmarkDotNet's
// out-of-process toolchain cannot map back to Benchmarks.csproj. Pass --job short for a quick run.
if (args is ["peak", ..])
{
    return await DeadlineBot.Benchmarks.ScanPeak.RunAsync(args);
}

var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(DeadlineBot.Benchmarks.BenchmarksAssembly).Assembly).Run(args, config);
return 0;
