using System.IO.Compression;

namespace DeadlineBot.Tests.Packaging;

/// <summary>
/// The real package, built once by scripts/package.sh from Functions/FunctionApp and the published app.
/// A missing or broken piece of the app folder fails every test here with the script's message.
/// DEADLINEBOT_FUNCTION_APP_DIR builds it from another folder instead (e.g. Tests/Fixtures/Packaging/FunctionApp).
/// </summary>
[TestClass]
public sealed class PackageTests
{
    private static readonly string Output = Path.Combine(Path.GetTempPath(), $"deadlinebot-package-{Environment.ProcessId}", "deadlinebot-functions.zip");
    private static ZipArchive? package;
    private static IReadOnlyList<PackageProblem> problems = [];

    private static ZipArchive Package => package ?? throw new InvalidOperationException("The package was not built.");

    [ClassInitialize]
    public static async Task BuildPackage(TestContext context)
    {
        var run = await PackageScript.RunAsync(Output);
        Assert.AreEqual(0, run.ExitCode, $"scripts/package.sh failed on {PackageScript.AppFolder}:\n{run}");
        package = ZipFile.OpenRead(Output);
        problems = PackageInspector.Inspect(package);
    }

    [ClassCleanup]
    public static void DeletePackage()
    {
        package?.Dispose();
        var folder = Path.GetDirectoryName(Output)!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void Every_function_folder_of_the_app_is_in_the_package()
    {
        var inApp = Directory.EnumerateFiles(PackageScript.AppFolder, "function.json", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(PackageScript.AppFolder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
        var inPackage = Package.Entries.Select(entry => entry.FullName)
            .Where(name => name.EndsWith("/function.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

        Assert.IsNotEmpty(inApp);
        CollectionAssert.AreEqual(inApp, inPackage);
    }

    [TestMethod]
    public void Every_function_json_is_valid_JSON_with_one_known_trigger() =>
        AssertNone(PackageProblemKind.NoFunctions, PackageProblemKind.InvalidFunctionJson, PackageProblemKind.UnknownTrigger, PackageProblemKind.MissingExtensionBundle);

    [TestMethod]
    public void The_executable_host_json_names_is_packaged_with_its_execute_bit() =>
        AssertNone(PackageProblemKind.MissingHostJson, PackageProblemKind.InvalidHostJson, PackageProblemKind.MissingExecutable, PackageProblemKind.NotExecutable);

    [TestMethod]
    public void No_local_settings_are_packaged() =>
        AssertNone(PackageProblemKind.LocalSettings);

    [TestMethod]
    public void No_secret_is_packaged() =>
        AssertNone(PackageProblemKind.Secret);

    [TestMethod]
    public void The_app_carries_its_own_dotnet_runtime_for_linux_x64() =>
        Assert.IsTrue(Package.Entries.Any(entry => entry.Name == "libcoreclr.so"), "the publish is not self-contained for linux-x64");

    private static void AssertNone(params PackageProblemKind[] kinds)
    {
        var found = problems.Where(problem => kinds.Contains(problem.Kind)).ToList();
        Assert.IsEmpty(found, string.Join('\n', found));
    }
}
