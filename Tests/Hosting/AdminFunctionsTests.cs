using System.Net;
using System.Net.Http.Json;
using DeadlineBot.Tests.Service;
using DeadlineBot.Tests.Support;
using static DeadlineBot.Tests.Service.Sample001;

namespace DeadlineBot.Tests.Hosting;

/// <summary>The self-host's twin of the host's admin API: POST /admin/functions/{name} runs a non-HTTP function now, for admins only.</summary>
[TestClass]
public sealed class AdminFunctionsTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    [DataRow(null, HttpStatusCode.Unauthorized)]
    [DataRow("test-staff-key-0123", HttpStatusCode.Forbidden)]
    [DataRow("test-admin-key-0123", HttpStatusCode.Accepted)]
    public async Task Running_the_scan_now_needs_an_admin_key(string? key, HttpStatusCode expected)
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        using var client = Client(run, key);

        using var response = await client.PostAsJsonAsync("/admin/functions/ScanTimer", new { input = string.Empty }, Ct);

        Assert.AreEqual(expected, response.StatusCode);
        Assert.AreEqual(expected == HttpStatusCode.Accepted ? 4 : 0, (await run.Storage.Log.ListDigestsAsync(ScanDay, Ct)).Count);
    }

    [TestMethod]
    public async Task The_sender_runs_on_the_input_as_its_queue_message_and_an_unknown_function_is_404()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        await run.App.Get<Functions.Reminders.ReminderScanService>().ScanAsync(null, Ct);
        var digest = (await run.Storage.Log.ListDigestsAsync(ScanDay, Ct)).Single(d => d.Agency == NoiVu);
        using var client = Client(run, "test-admin-key-0123");
        var message = new Functions.Reminders.ReminderMessage(digest.Id, digest.Agency, digest.Date).ToJson();

        using var send = await client.PostAsJsonAsync("/admin/functions/SendReminder", new { input = message }, Ct);
        using var unknown = await client.PostAsJsonAsync("/admin/functions/Nothing", new { input = string.Empty }, Ct);

        Assert.AreEqual((HttpStatusCode.Accepted, HttpStatusCode.NotFound), (send.StatusCode, unknown.StatusCode));
        Assert.HasCount(1, await run.Mail.WaitForAsync(run.AddressOf(NoiVu), 1, TimeSpan.FromSeconds(10), Ct));
    }

    private static HttpClient Client(ServiceRun run, string? key)
    {
        var client = run.App.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }
}
