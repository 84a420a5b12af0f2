using System.Text.Json;
using DeadlineBot.Functions.Hosting;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Infra;

namespace DeadlineBot.Tests.Hosting;

/// <summary>
/// The Azure contract without the host: what the Functions SDK generated at build (functions.metadata,
/// worker.config.json, extensions.json) is what the self-host reads from the same attributes, so the two cannot drift.
/// </summary>
[TestClass]
public sealed class FunctionsMetadataTests
{
    [TestMethod]
    public void Every_function_of_the_app_is_in_functions_metadata_with_the_trigger_of_its_attribute()
    {
        var expected = FunctionCatalog.All.Select(f => (f.Name, Type: TriggerType(f))).Order().ToList();
        var generated = FunctionsMetadata.All.Select(f => (Name: f.Key, Type: f.Value.Text("type"))).Order().ToList();

        CollectionAssert.AreEqual(expected, generated);
    }

    [TestMethod]
    public void The_scan_is_a_monitored_timer_on_the_schedule_setting_the_options_bind()
    {
        var timer = FunctionsMetadata.Trigger(ReminderScanFunction.Name);

        Assert.AreEqual("timerTrigger", timer.Text("type"));
        Assert.AreEqual($"%{Setting(ReminderOptions.Section, nameof(ReminderOptions.Schedule))}%", timer.Text("schedule"));
        Assert.IsTrue(timer.GetProperty("useMonitor").GetBoolean());
    }

    [TestMethod]
    public void The_sender_reads_the_queue_setting_the_storage_options_bind_through_the_hosts_storage_connection()
    {
        var queue = FunctionsMetadata.Trigger(SendReminderFunction.Name);

        Assert.AreEqual("queueTrigger", queue.Text("type"));
        Assert.AreEqual($"%{Setting(StorageOptions.Section, nameof(StorageOptions.ReminderQueue))}%", queue.Text("queueName"));
        Assert.AreEqual("AzureWebJobsStorage", queue.Text("connection"));
    }

    [TestMethod]
    public void Every_HTTP_function_has_the_route_methods_and_auth_level_of_its_attribute()
    {
        foreach (var function in FunctionCatalog.Http)
        {
            var trigger = FunctionsMetadata.Trigger(function.Name);
            var methods = trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).Order().ToList();

            Assert.AreEqual(function.Http!.Route, trigger.Text("route"), function.Name);
            CollectionAssert.AreEqual(function.Methods.Order().ToList(), methods, function.Name);
            Assert.AreEqual(function.Http.AuthLevel.ToString(), trigger.Text("authLevel"), function.Name);
        }
    }

    [TestMethod]
    public void Only_signed_links_and_the_web_app_are_anonymous_to_the_host()
    {
        // A signed link's signature is its key (completion links, agency feeds); the web app's pages are for browsers (no function key) and guard
        // themselves: the session cookie or Easy Auth's principal, the role, the anti-forgery token (Web/Security).
        var anonymous = FunctionsMetadata.All.Where(f => f.Value.Text("authLevel") == "Anonymous").ToList();
        var web = anonymous.Where(f => f.Value.Text("route")!.StartsWith(Functions.Web.WebPaths.Route, StringComparison.Ordinal)).Select(f => f.Key).ToList();

        CollectionAssert.AreEqual(new[] { "AgencyFeed", "Complete", "ShowCompletion" }, anonymous.Select(f => f.Key).Except(web).Order().ToList());
        Assert.IsTrue(web.All(name => name.StartsWith("Web", StringComparison.Ordinal)), string.Join(", ", web));
    }

    [TestMethod]
    public void The_OpenAPI_document_describes_exactly_the_HTTP_functions_routes_and_methods()
    {
        using var document = JsonDocument.Parse(Functions.Api.OpenApiDocument.Json);
        var described = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => $"{method.Name.ToUpperInvariant()} {path.Name}"))
            .Order().ToList();
        // The web app's pages (app/...) are HTML for people, not API operations.
        var served = FunctionsMetadata.All.Where(f => f.Value.Text("type") == "httpTrigger" && f.Key != "OpenApi"
                && !f.Value.Text("route")!.StartsWith(Functions.Web.WebPaths.Route + "/", StringComparison.Ordinal) && f.Value.Text("route") != Functions.Web.WebPaths.Route)
            .SelectMany(f => f.Value.GetProperty("methods").EnumerateArray().Select(m => $"{m.GetString()!.ToUpperInvariant()} /api/{f.Value.Text("route")}"))
            .Order().ToList();

        CollectionAssert.AreEqual(served, described);
    }

    [TestMethod]
    public void The_worker_config_starts_this_assembly_on_the_isolated_worker()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.FunctionsOutput, "worker.config.json")));
        var description = config.RootElement.GetProperty("description");

        Assert.AreEqual("dotnet-isolated", description.Text("language"));
        Assert.AreEqual(typeof(FunctionCatalog).Assembly.GetName().Name + ".dll", description.Text("defaultWorkerPath"));
    }

    [TestMethod]
    public void The_storage_queue_extension_is_registered_for_the_host()
    {
        var extensions = File.ReadAllText(Path.Combine(RepositoryPaths.FunctionsOutput, "extensions.json"));

        Assert.Contains("Microsoft.Azure.WebJobs.Extensions.Storage.Queues", extensions);
    }

    [TestMethod]
    public void The_sample_settings_run_the_isolated_worker_and_give_every_setting_a_trigger_names()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.SettingsSample));
        var values = sample.RootElement.GetProperty("Values");

        Assert.AreEqual("dotnet-isolated", values.Text("FUNCTIONS_WORKER_RUNTIME"));
        foreach (var trigger in FunctionsMetadata.All.Values)
        {
            foreach (var expression in new[] { trigger.Text("schedule"), trigger.Text("queueName"), trigger.Text("connection") })
            {
                var setting = FunctionCatalog.SettingName(expression) ?? expression;
                Assert.IsTrue(setting.Length == 0 || values.TryGetProperty(setting, out _), $"local.settings.sample.json lacks {setting}");
            }
        }
    }

    private static string TriggerType(FunctionEntry function) =>
        function.Trigger.GetType().Name.Replace("Attribute", string.Empty, StringComparison.Ordinal) is var name
            ? char.ToLowerInvariant(name[0]) + name[1..]
            : string.Empty;

    private static string Setting(string section, string property) => $"{section.Replace(":", "__", StringComparison.Ordinal)}__{property}";
}
