namespace DeadlineBot.Tests.Infra;

/// <summary>
/// One <c>bicep build</c> and one <c>bicep lint</c> over every template in infra/, run once and shared by
/// the tests (each run of the CLI costs seconds). Per-file results are read from their diagnostics.
/// </summary>
internal static class BicepRuns
{
    private const string AllTemplates = "**/*.bicep";

    /// <summary>Where the build writes the ARM JSON of each template (file name + .json).</summary>
    public static string OutputFolder { get; } =
        Path.Combine(Path.GetTempPath(), $"deadlinebot-bicep-{Environment.ProcessId}");

    private static readonly Lazy<Task<ProcessRun>> LazyBuild = new(() =>
        BicepCli.RunAsync("build", "--pattern", AllTemplates, "--outdir", OutputFolder));

    private static readonly Lazy<Task<ProcessRun>> LazyLint = new(() =>
        BicepCli.RunAsync("lint", "--pattern", AllTemplates));

    public static Task<ProcessRun> BuildAsync() => LazyBuild.Value;

    public static Task<ProcessRun> LintAsync() => LazyLint.Value;

    /// <summary>The lines of a run that report a warning or error in the given template.</summary>
    public static IReadOnlyList<string> DiagnosticsFor(ProcessRun run, string template)
    {
        ArgumentNullException.ThrowIfNull(run);
        var prefix = Path.Combine(RepositoryPaths.Infra, template) + "(";
        return (run.Errors + "\n" + run.Output)
            .Split('\n')
            .Where(line => line.StartsWith(prefix, StringComparison.Ordinal))
            .ToList();
    }
}
