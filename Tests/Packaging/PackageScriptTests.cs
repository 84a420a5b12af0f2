namespace DeadlineBot.Tests.Packaging;

/// <summary>The package script refuses an app folder it cannot package, before it publishes anything.</summary>
[TestClass]
public sealed class PackageScriptTests
{
    private const string TimerFunction = """{ "bindings": [ { "type": "timerTrigger", "name": "t", "schedule": "0 0 1 * * *" } ] }""";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task A_folder_without_host_json_is_refused() =>
        await AssertRefusedAsync("host.json is missing", ("ScanTimer/function.json", TimerFunction));

    [TestMethod]
    public async Task A_host_json_that_names_no_executable_is_refused() =>
        await AssertRefusedAsync("does not name the custom handler executable", ("host.json", """{ "version": "2.0" }"""), ("ScanTimer/function.json", TimerFunction));

    [TestMethod]
    public async Task An_executable_outside_the_package_is_refused() =>
        await AssertRefusedAsync(
            "does not name the custom handler executable",
            ("host.json", """{ "customHandler": { "description": { "defaultExecutablePath": "../DeadlineBot.Functions" } } }"""),
            ("ScanTimer/function.json", TimerFunction));

    [TestMethod]
    public async Task A_folder_without_functions_is_refused() =>
        await AssertRefusedAsync("has no <Function>/function.json", ("host.json", PackageBuilder.HostJson));

    [TestMethod]
    public async Task A_missing_app_folder_is_refused()
    {
        var run = await PackageScript.RunAsync(Path.Combine(Path.GetTempPath(), "never.zip"), Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));

        Assert.AreNotEqual(0, run.ExitCode);
        Assert.Contains("is missing: it holds host.json", run.Errors);
    }

    private async Task AssertRefusedAsync(string reason, params (string Path, string Content)[] files)
    {
        var folder = Directory.CreateTempSubdirectory("deadlinebot-app-").FullName;
        try
        {
            foreach (var (path, content) in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
                await File.WriteAllTextAsync(Path.Combine(folder, path), content, TestContext.CancellationToken);
            }

            var output = Path.Combine(folder, "out.zip");
            var run = await PackageScript.RunAsync(output, folder);

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
