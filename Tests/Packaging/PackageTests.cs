using System.IO.Compression;

namespace DeadlineBot.Tests.Packaging;

/// <summary>
/// The real package, built once by scripts/package.sh from the published Function app. A broken piece fails every
/// test here with the script's message.
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
        Assert.AreEqual(0, run.ExitCode, $"scripts/package.sh failed:\n{run}");
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
    public void Every_function_the_build_generated_is_in_the_packaged_metadata()
    {
        using var metadata = System.Text.Json.JsonDocument.Parse(Package.GetEntry("functions.metadata")!.Open());
        var packaged = metadata.RootElement.EnumerateArray().Select(f => f.GetProperty("name").GetString()).Order(StringComparer.Ordinal).ToList();
        var functions = DeadlineBot.Functions.Hosting.FunctionCatalog.All.Select(f => f.Name).Order(StringComparer.Ordinal).ToList();

        CollectionAssert.AreEqual(functions, packaged);
    }

    [TestMethod]
    public void The_host_files_are_valid_and_name_what_is_packaged() =>
        AssertNone(
            PackageProblemKind.MissingHostJson, PackageProblemKind.InvalidHostJson, PackageProblemKind.MissingWorkerConfig, PackageProblemKind.MissingWorker,
            PackageProblemKind.MissingMetadata, PackageProblemKind.InvalidMetadata, PackageProblemKind.UnknownTrigger, PackageProblemKind.MissingExtension);

    [TestMethod]
    public void The_app_is_framework_dependent_on_the_dotnet_isolated_10_runtime()
    {
        using var config = System.Text.Json.JsonDocument.Parse(Package.GetEntry("DeadlineBot.Functions.runtimeconfig.json")!.Open());
        var frameworks = config.RootElement.GetProperty("runtimeOptions").GetProperty("frameworks").EnumerateArray()
            .Select(f => $"{f.GetProperty("name").GetString()} {f.GetProperty("version").GetString()![..3]}").Order(StringComparer.Ordinal).ToList();

        Assert.IsFalse(Package.Entries.Any(entry => entry.Name == "libcoreclr.so"), "the Flex runtime supplies .NET");
        CollectionAssert.AreEqual(new[] { "Microsoft.AspNetCore.App 10.", "Microsoft.NETCore.App 10." }, frameworks);
    }

    [TestMethod]
    [DataRow("DeadlineBot.Functions.dll")]
    [DataRow("DeadlineBot.Core.dll")]
    public void The_apps_assemblies_are_precompiled_ReadyToRun(string assembly)
    {
        using var copy = new MemoryStream();
        using (var entry = Package.GetEntry(assembly)!.Open())
        {
            entry.CopyTo(copy);
        }

        copy.Position = 0;
        using var reader = new System.Reflection.PortableExecutable.PEReader(copy);

        Assert.IsGreaterThan(0, reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size, $"{assembly} has no ReadyToRun code");
    }

    [TestMethod]
    public void No_local_settings_are_packaged() =>
        AssertNone(PackageProblemKind.LocalSettings);

    [TestMethod]
    public void No_secret_is_packaged() =>
        AssertNone(PackageProblemKind.Secret);

    private static void AssertNone(params PackageProblemKind[] kinds)
    {
        var found = problems.Where(problem => kinds.Contains(problem.Kind)).ToList();
        Assert.IsEmpty(found, string.Join('\n', found));
    }
}
