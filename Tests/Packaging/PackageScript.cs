using DeadlineBot.Tests.Infra;

namespace DeadlineBot.Tests.Packaging;

/// <summary>Runs scripts/package.sh, on the Function app or on another project.</summary>
internal static class PackageScript
{
    public const string ProjectVariable = "DEADLINEBOT_FUNCTIONS_PROJECT";

    public static Task<ProcessRun> RunAsync(string output, string? project = null) =>
        ProcessRun.StartAsync(
            "bash",
            [Path.Combine(RepositoryPaths.Root, "scripts", "package.sh"), output],
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(10),
            new Dictionary<string, string?> { [ProjectVariable] = project });
}
