using System.Reflection;

namespace DeadlineBot.Tests.Infra;

/// <summary>The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package the test project downloads.</summary>
internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Path { get; } = typeof(BicepCli).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "BicepCliPath").Value
        ?? throw new InvalidOperationException("Tests.csproj sets no BicepCliPath.");

    /// <summary>Runs <c>bicep &lt;command&gt; [arguments]</c> in the infra folder.</summary>
    public static Task<ProcessRun> RunAsync(string command, params string[] arguments)
    {
        if (!File.Exists(Path))
        {
            throw new FileNotFoundException($"Bicep CLI not found at {Path}: restore Tests/Tests.csproj.", Path);
        }

        // NuGet may extract the binary without its execute bit.
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(Path).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(Path, File.GetUnixFileMode(Path) | UnixFileMode.UserExecute);
        }

        return ProcessRun.StartAsync(Path, [command, .. arguments], RepositoryPaths.Infra, Timeout);
    }
}
