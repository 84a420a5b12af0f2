namespace DeadlineBot.Tests.Packaging;

/// <summary>The package script refuses what it cannot package, and writes no zip then.</summary>
[TestClass]
public sealed class PackageScriptTests
{
    [TestMethod]
    public async Task A_missing_project_is_refused() =>
        await AssertRefusedAsync("Functions/Nothing.csproj", "Functions/Nothing.csproj is missing");

    [TestMethod]
    public async Task A_project_that_is_no_isolated_worker_app_is_refused() =>
        await AssertRefusedAsync("Core/Core.csproj", "the publish output has no host.json");

    private static async Task AssertRefusedAsync(string project, string reason)
    {
        var folder = Directory.CreateTempSubdirectory("deadlinebot-package-").FullName;
        try
        {
            var output = Path.Combine(folder, "out.zip");
            var run = await PackageScript.RunAsync(output, project);

            Assert.AreNotEqual(0, run.ExitCode, run.ToString());
            Assert.Contains(reason, run.Errors);
            Assert.IsFalse(File.Exists(output), "a refused package must not be written");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
