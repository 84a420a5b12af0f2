using System.Net;
using DeadlineBot.Tests.Support;
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
}
