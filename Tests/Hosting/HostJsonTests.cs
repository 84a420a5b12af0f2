using System.Text.Json;
using DeadlineBot.Functions.Hosting;
using DeadlineBot.Tests.Infra;

namespace DeadlineBot.Tests.Hosting;

/// <summary>host.json is the one definition of the queue trigger's semantics and the route prefix: the Functions host reads it, and so does the self-host.</summary>
[TestClass]
public sealed class HostJsonTests
{
    private static readonly string Source = Path.Combine(RepositoryPaths.Functions, HostJson.FileName);

    [TestMethod]
    public void Host_json_is_a_version_2_isolated_worker_host_with_no_custom_handler_and_no_extension_bundle()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Source));

        Assert.AreEqual("2.0", host.RootElement.GetProperty("version").GetString());
        Assert.IsFalse(host.RootElement.TryGetProperty("customHandler", out _));
        Assert.IsFalse(host.RootElement.TryGetProperty("extensionBundle", out _), "the isolated worker brings its extensions in .azurefunctions/");
    }

    [TestMethod]
    public void The_queue_trigger_reads_base64_messages_and_poisons_after_five_deliveries_a_minute_apart()
    {
        var host = HostJson.Parse(File.ReadAllText(Source));

        Assert.AreEqual(("base64", 5, TimeSpan.FromMinutes(1), 16, "api"), (host.MessageEncoding, host.MaxDequeueCount, host.VisibilityTimeout, host.BatchSize, host.RoutePrefix));
    }

    [TestMethod]
    public void The_self_host_reads_the_host_json_the_build_copies_beside_the_app() =>
        Assert.AreEqual(HostJson.Parse(File.ReadAllText(Source)), HostJson.Load());

    [TestMethod]
    public void Settings_host_json_leaves_out_take_the_Functions_hosts_defaults() =>
        Assert.AreEqual(HostJson.Defaults, HostJson.Parse("""{ "version": "2.0" }"""));
}
