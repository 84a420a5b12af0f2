using System.Text.Json;
using Azure.Storage.Queues.Models;
using DeadlineBot.Functions.Api;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Api;
using DeadlineBot.Tests.Service;
using DeadlineBot.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using static DeadlineBot.Tests.Service.Sample001;

namespace DeadlineBot.Tests.Hosting;

/// <summary>Each kind of function invoked directly with its trigger's input, as the worker invokes it: no route, no listener in between.</summary>
[TestClass]
public sealed class FunctionInvocationTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task The_timer_function_given_its_timer_info_scans_and_queues_the_days_digests()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        var function = ActivatorUtilities.CreateInstance<ReminderScanFunction>(run.App.Services);

        await function.RunAsync(new TimerInfo { IsPastDue = false }, Ct);

        Assert.AreEqual(ScanDay, await run.Storage.ScanState.GetLastScanAsync(Ct));
        Assert.HasCount(4, await run.Storage.Log.ListDigestsAsync(ScanDay, Ct));
    }

    [TestMethod]
    public async Task The_queue_function_given_a_message_and_its_dequeue_count_emails_the_digest_once()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        var scan = await run.App.Get<ReminderScanService>().ScanAsync(null, Ct);
        var digest = (await run.Storage.Log.ListDigestsAsync(ScanDay, Ct)).Single(d => d.Agency == NoiVu);
        var function = ActivatorUtilities.CreateInstance<SendReminderFunction>(run.App.Services);

        await function.RunAsync(Message(digest.Id, dequeueCount: 1), Ct);
        await function.RunAsync(Message(digest.Id, dequeueCount: 2), Ct);

        Assert.HasCount(4, scan.Queued);
        Assert.AreEqual(DigestStatus.Sent, (await run.Storage.Log.GetDigestAsync(digest.Id, Ct))!.Status);
        Assert.HasCount(1, await run.Mail.WaitForAsync(run.AddressOf(NoiVu), 1, TimeSpan.FromSeconds(10), Ct));
    }

    [TestMethod]
    public async Task A_delivery_to_retry_throws_so_the_host_makes_the_message_visible_again()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        await run.App.Get<ReminderScanService>().ScanAsync(null, Ct);
        var digest = (await run.Storage.Log.ListDigestsAsync(ScanDay, Ct)).Single(d => d.Agency == NoiVu);
        await run.Storage.Log.UpdateDigestAsync(digest with { Status = DigestStatus.Sending, SendingUntil = run.App.Time.GetUtcNow().AddMinutes(5) }, Ct);
        var function = ActivatorUtilities.CreateInstance<SendReminderFunction>(run.App.Services);

        await Assert.ThrowsAsync<ReminderRetryException>(() => function.RunAsync(Message(digest.Id, dequeueCount: 1), Ct));
    }

    [TestMethod]
    public async Task An_http_function_given_a_request_answers_with_its_result_and_refuses_a_write_without_a_key()
    {
        await using var host = ApiHost.Create();
        var plans = ActivatorUtilities.CreateInstance<PlansApi>(host.Services);

        var list = await ExecuteAsync(host, context => plans.ListAsync(context.Request, Ct));
        var delete = await ExecuteAsync(host, context => plans.DeleteAsync(context.Request, "p1", Ct));

        Assert.AreEqual((StatusCodes.Status200OK, JsonValueKind.Array), (list.Status, JsonDocument.Parse(list.Body).RootElement.ValueKind));
        Assert.AreEqual(StatusCodes.Status401Unauthorized, delete.Status);
        Assert.Contains("X-Api-Key", delete.Body);
    }

    private static QueueMessage Message(string digestId, long dequeueCount) =>
        QueuesModelFactory.QueueMessage("m1", "receipt", BinaryData.FromString(new ReminderMessage(digestId, NoiVu, ScanDay).ToJson()), dequeueCount);

    private static async Task<(int Status, string Body)> ExecuteAsync(ApiHost host, Func<HttpContext, Task<IResult>> function)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        using var body = new MemoryStream();
        context.Response.Body = body;
        var result = await function(context);
        await result.ExecuteAsync(context);
        return (context.Response.StatusCode, System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }
}
