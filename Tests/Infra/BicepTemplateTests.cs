using System.Text.Json.Nodes;

namespace DeadlineBot.Tests.Infra;

[TestClass]
public sealed class BicepTemplateTests
{
    public static IEnumerable<object[]> Templates =>
        Directory.EnumerateFiles(RepositoryPaths.Infra, "*.bicep", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => new object[] { Path.GetRelativePath(RepositoryPaths.Infra, file) });

    [ClassCleanup]
    public static void DeleteCompiledTemplates()
    {
        if (Directory.Exists(BicepRuns.OutputFolder))
        {
            Directory.Delete(BicepRuns.OutputFolder, recursive: true);
        }
    }

    [TestMethod]
    public async Task Building_every_template_succeeds()
    {
        var build = await BicepRuns.BuildAsync();

        Assert.AreEqual(0, build.ExitCode, build.ToString());
    }

    [TestMethod]
    [DynamicData(nameof(Templates))]
    public async Task Every_template_builds_with_no_error_or_warning(string template)
    {
        var build = await BicepRuns.BuildAsync();

        Assert.IsEmpty(BicepRuns.DiagnosticsFor(build, template), build.ToString());
        Assert.IsTrue(File.Exists(CompiledPath(template)), $"bicep build wrote no ARM template for {template}.\n{build}");
    }

    [TestMethod]
    [DynamicData(nameof(Templates))]
    public async Task Every_template_passes_the_linter(string template)
    {
        var lint = await BicepRuns.LintAsync();

        Assert.IsEmpty(BicepRuns.DiagnosticsFor(lint, template), lint.ToString());
        Assert.AreEqual(0, lint.ExitCode, lint.ToString());
    }

    [TestMethod]
    public async Task The_example_parameters_match_the_template()
    {
        var build = await BicepCli.RunAsync("build-params", "main.bicepparam", "--stdout");

        Assert.AreEqual(0, build.ExitCode, build.ToString());
        Assert.DoesNotContain(": Warning ", build.Errors, build.ToString());
    }

    [TestMethod]
    public async Task The_app_runs_on_the_dotnet_isolated_10_runtime_on_a_flex_consumption_plan()
    {
        var template = await CompiledMainAsync();

        var runtime = Descendants(template).OfType<JsonObject>()
            .Select(node => node["functionAppConfig"]?["runtime"]).Single(found => found is not null);
        var plan = Descendants(template).OfType<JsonObject>()
            .Single(node => (string?)node["type"] == "Microsoft.Web/serverfarms");

        Assert.AreEqual(("dotnet-isolated", "10.0"), ((string?)runtime!["name"], (string?)runtime["version"]));
        Assert.AreEqual("FC1", (string?)plan["sku"]?["name"]);
    }

    [TestMethod]
    public async Task The_storage_account_refuses_shared_key_access()
    {
        var template = await CompiledMainAsync();

        var account = Descendants(template).OfType<JsonObject>()
            .Single(node => (string?)node["type"] == "Microsoft.Storage/storageAccounts" && node["properties"] is not null);

        Assert.IsFalse((bool?)account["properties"]?["allowSharedKeyAccess"] ?? true);
    }

    private static string CompiledPath(string template) =>
        Path.Combine(BicepRuns.OutputFolder, Path.ChangeExtension(template, ".json"));

    private static async Task<JsonNode> CompiledMainAsync()
    {
        var build = await BicepRuns.BuildAsync();
        Assert.AreEqual(0, build.ExitCode, build.ToString());
        return JsonNode.Parse(await File.ReadAllTextAsync(CompiledPath("main.bicep")))
            ?? throw new InvalidOperationException("main.json is empty.");
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(property => property.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
