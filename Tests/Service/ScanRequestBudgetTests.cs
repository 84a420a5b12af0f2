using Azure.Data.Tables;
using Azure.Storage.Queues;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DeadlineBot.Tests.Service;

/// <summary>
/// A regression guard on the scan's storage calls (not its time): reading tasks costs pages, not rows, and claiming
/// reminders costs transactions of one partition each, not one request per reminder.
/// </summary>
[TestClass]
public sealed class ScanRequestBudgetTests
{
    private const int Plans = 20;
    private const int TasksPerPlan = 100;
    private static readonly DateOnly ScanDay = new(2022, 3, 24);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task A_scan_of_2000_tasks_with_2000_reminders_makes_a_few_hundred_requests_and_valid_transactions()
    {
        var ct = TestContext.CancellationToken;
        await using var storage = TestStorage.Create();
        for (var p = 0; p < Plans; p++)
        {
            var planId = $"plan{p:D2}";
            await storage.Plans.AddAsync(new StoredPlan(planId, $"{p}/KH-UBND", "UBND tỉnh", null, ScanDay, $"Kế hoạch {p}", null, DateTimeOffset.UnixEpoch), ct);
            // Every task due in seven days: each is reminded today, to one of forty agencies.
            await storage.Tasks.AddManyAsync(Enumerable.Range(0, TasksPerPlan).Select(t => new StoredTask(
                planId, $"{planId}-t{t:D3}", $"I.{t}", $"Nhiệm vụ {t}", [$"Sở Ban ngành số {(p * TasksPerPlan + t) % 40}"], [], null, null,
                [Schedule.DueOn(ScanDay.AddDays(7))])), ct);
        }

        var requests = new StorageRequestLog();
        await using var app = new DeadlineBotApp(storage, DeadlineBotApp.Morning(ScanDay))
        {
            TestServices = services =>
            {
                var tables = new TableClientOptions();
                tables.AddPolicy(requests, Azure.Core.HttpPipelinePosition.PerCall);
                services.AddSingleton(new TableServiceClient(storage.Options.ConnectionString, tables));
                var queues = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
                queues.AddPolicy(requests, Azure.Core.HttpPipelinePosition.PerCall);
                services.AddSingleton(new QueueServiceClient(storage.Options.ConnectionString, queues));
            },
        };

        var scan = await app.Get<ReminderScanService>().ScanAsync(null, ct);

        Assert.AreEqual(Plans * TasksPerPlan, scan.Tasks);
        Assert.AreEqual(Plans * TasksPerPlan, scan.Planned);
        Assert.HasCount(40, scan.Queued);
        // 2,000 claims over the log's 256 partitions: at most one transaction per partition and 100 rows, plus a
        // handful of requests per digest (record, queue, mark queued) and the reads (plans, 8 ranges of tasks, state).
        Assert.IsLessThanOrEqualTo(256 + (3 * 40) + 40, requests.Requests, $"{requests.Requests} requests");
        Assert.IsNotEmpty(requests.Batches);
        foreach (var batch in requests.Batches)
        {
            Assert.IsLessThanOrEqualTo(100, batch.Count);
            Assert.HasCount(1, batch.Distinct(), string.Join(", ", batch.Distinct()));
        }
    }
}
