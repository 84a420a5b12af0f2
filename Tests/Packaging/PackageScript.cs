using DeadlineBot.Tests.Infra;

namespace DeadlineBot.Tests.Packaging;

/// <summary>Runs scripts/package.sh, on the app's Functions/FunctionApp or on another folder.</summary>
internal static class PackageScript
{
    public const string AppFolderVariable = "DEADLINEBOT_FUNCTION_APP_DIR";

    /// <summary>The folder the package is built from: Functions/FunctionApp unless the environment names another.</summary>
    public static string AppFolder =>
        Environment.GetEnvironmentVariable(AppFolderVariable) is { Length: > 0 } folder
            ? Path.GetFullPath(folder, RepositoryPaths.Root)
            : RepositoryPaths.FunctionApp;

    public static Task<ProcessRun> RunAsync(string output, string? appFolder = null) =>
        ProcessRun.StartAsync(
            "bash",
            [Path.Combine(RepositoryPaths.Root, "scripts", "package.sh"), output],
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(10),
            new Dictionary<string, string?> { [AppFolderVariable] = appFolder ?? AppFolder });
}
