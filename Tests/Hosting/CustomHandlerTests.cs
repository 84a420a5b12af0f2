using System.Net;
using System.Text;
using System.Text.Json;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Service;
using static DeadlineBot.Tests.Service.Sample001;

namespace DeadlineBot.Tests.Hosting;

/// <summary>The app as the Functions host drives it: the host's own payloads posted to /ScanTimer and /SendReminder.</summary>
[TestClass]
public sealed class CustomHandlerTests
{
    /// <summary>The Functions host sets this when it starts the custom handler.</summary>
    private static readonly (string, string?) HostedByFunctions = ("FUNCTIONS_CUSTOMHANDLER_PORT", "7199");

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    [DataRow("/ScanTimer", null, HttpStatusCode.Unauthorized)]
    [DataRow("/SendReminder", null, HttpStatusCode.Unauthorized)]
    [DataRow("/ScanTimer", "test-staff-key-0123", HttpStatusCode.Forbidden)]
    [DataRow("/ScanTimer", "test-admin-key-0123", HttpStatusCode.OK)]
    public async Task Self_hosted_the_host_endpoints_need_an_admin_key(string path, string? key, HttpStatusCode expected)
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        using var client = run.App.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        using var response = await client.PostAsync(path, Json(FunctionsPayloads.Timer(run.App.Time.GetUtcNow())), Ct);

        Assert.AreEqual(expected, response.StatusCode);
    }

    [TestMethod]
    public async Task The_timer_invocation_scans_and_replies_with_no_outputs_and_a_log_line()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct, HostedByFunctions);
        using var client = run.App.CreateClient();

        using var response = await client.PostAsync("/ScanTimer", Json(FunctionsPayloads.Timer(run.App.Time.GetUtcNow())), Ct);
        using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var queue = await run.Storage.Queues.GetMainAsync(Ct);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual(JsonValueKind.Object, reply.RootElement.GetProperty("Outputs").ValueKind);
        Assert.AreEqual(JsonValueKind.Null, reply.RootElement.GetProperty("ReturnValue").ValueKind);
        StringAssert.StartsWith(reply.RootElement.GetProperty("Logs")[0].GetString(), "Scan for 2022-03-24");
        Assert.HasCount(4, (await queue.PeekMessagesAsync(10, Ct)).Value);
    }

    [TestMethod]
    public async Task A_queue_invocation_with_the_message_encoded_twice_and_the_dequeue_count_as_text_sends_the_digest()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct, HostedByFunctions);
        using var client = run.App.CreateClient();
        var scan = await run.App.Get<ReminderScanService>().ScanAsync(null, Ct);
        var digest = (await run.Storage.Log.ListDigestsAsync(ScanDay, Ct)).Single(d => d.Agency == NoiVu);
        var message = new ReminderMessage(digest.Id, NoiVu, ScanDay).ToJson();

        using var response = await client.PostAsync("/SendReminder", Json(FunctionsPayloads.Queue(message, 1)), Ct);
        var emails = await run.Mail.WaitForAsync(run.AddressOf(NoiVu), 1, TimeSpan.FromSeconds(10), Ct);

        Assert.HasCount(4, scan.Queued);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        StringAssert.Contains(await response.Content.ReadAsStringAsync(Ct), "\"Outputs\":{}");
        Assert.HasCount(1, emails);
        Assert.AreEqual(DigestStatus.Sent, (await run.Storage.Log.GetDigestAsync(digest.Id, Ct))!.Status);
    }

    [TestMethod]
    public async Task A_failed_delivery_answers_500_so_the_host_retries_and_the_fifth_is_poisoned_with_200()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct, HostedByFunctions, ("DeadlineBot:Smtp:Port", "1"));
        using var client = run.App.CreateClient();
        await run.App.Get<ReminderScanService>().ScanAsync(null, Ct);
        var digest = (await run.Storage.Log.ListDigestsAsync(ScanDay, Ct)).Single(d => d.Agency == NoiVu);
        var message = new ReminderMessage(digest.Id, NoiVu, ScanDay).ToJson();

        using var second = await client.PostAsync("/SendReminder", Json(FunctionsPayloads.Queue(message, 2)), Ct);
        using var fifth = await client.PostAsync("/SendReminder", Json(FunctionsPayloads.Queue(message, 5)), Ct);
        var poison = await run.Storage.Queues.GetPoisonAsync(Ct);

        Assert.AreEqual(HttpStatusCode.InternalServerError, second.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, fifth.StatusCode);
        Assert.AreEqual(message, (await poison.PeekMessageAsync(Ct)).Value.Body.ToString());
        Assert.AreEqual(DigestStatus.Failed, (await run.Storage.Log.GetDigestAsync(digest.Id, Ct))!.Status);
    }

    [TestMethod]
    public async Task A_forwarded_http_request_reaches_the_api_unchanged()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct, HostedByFunctions);
        using var client = run.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Add("X-Forwarded-For", "10.0.0.4");
        request.Headers.Add("x-ms-invocation-id", Guid.NewGuid().ToString());

        using var response = await client.SendAsync(request, Ct);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        StringAssert.Contains(await response.Content.ReadAsStringAsync(Ct), "ok");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
