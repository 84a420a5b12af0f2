using System.Net;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static DeadlineBot.Tests.Service.Sample001;

namespace DeadlineBot.Tests.Service;

/// <summary>The health check means ready: 503 while storage cannot be reached, 200 once it can (tables and queues in place).</summary>
[TestClass]
public sealed class HealthReadinessTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task Health_answers_503_until_storage_is_ready_and_200_after()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        var outage = new StorageOutage();
        run.App.TestServices = services => StorageOutage.Register(services, run.Storage, outage);
        using var client = run.App.CreateClient();

        var down = await client.GetAsync(new Uri("/api/health", UriKind.Relative), Ct);
        outage.Down = false;
        var up = await client.GetAsync(new Uri("/api/health", UriKind.Relative), Ct);

        Assert.AreEqual(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.AreEqual("application/problem+json", down.Content.Headers.ContentType?.MediaType);
        Assert.AreEqual(HttpStatusCode.OK, up.StatusCode, await up.Content.ReadAsStringAsync(Ct));
    }

    [TestMethod]
    public async Task Storage_is_prepared_as_the_app_starts_before_any_request()
    {
        await using var storage = TestStorage.Create();
        await using var app = new DeadlineBotApp(storage, DeadlineBotApp.Morning(ScanDay));

        _ = app.Services; // starts the host; no request is made
        var expected = new[] { "plans", "tasks", "agencies", "reports", "reminderlog", "scanstate", "failures" }
            .Select(name => storage.Options.TablePrefix + name).Order(StringComparer.Ordinal).ToArray();
        await app.Services.GetServices<IHostedService>().OfType<StorageWarmUp>().Single().Ended.WaitAsync(Ct);
        var found = (await storage.TableService.QueryAsync(cancellationToken: Ct).ToListAsync(Ct))
            .Select(t => t.Name).Where(n => n.StartsWith(storage.Options.TablePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

        CollectionAssert.AreEqual(expected, found);
        var poison = storage.QueueService.GetQueueClient(storage.Options.ReminderQueue + "-poison");
        Assert.IsTrue((await poison.ExistsAsync(Ct)).Value, "the poison queue is created with the tables");
    }
}
