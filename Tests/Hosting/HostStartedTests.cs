using DeadlineBot.Functions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace DeadlineBot.Tests.Hosting;

/// <summary>The self-host's background services wait for the server to start, so their first work does not delay the first request.</summary>
[TestClass]
public sealed class HostStartedTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Waits_until_the_host_has_started()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);

        var waiting = lifetime.WhenStartedAsync(TestContext.CancellationToken);

        Assert.IsFalse(waiting.IsCompleted);
        lifetime.NotifyStarted();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10), TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task Completes_at_once_when_the_host_already_started()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        lifetime.NotifyStarted();

        await lifetime.WhenStartedAsync(TestContext.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task Gives_up_when_stopping_comes_first()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        using var stopping = new CancellationTokenSource();

        var waiting = lifetime.WhenStartedAsync(stopping.Token);
        await stopping.CancelAsync();

        await Assert.ThrowsExactlyAsync<TaskCanceledException>(() => waiting);
    }
}
