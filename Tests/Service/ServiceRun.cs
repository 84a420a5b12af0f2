using DeadlineBot.Tests.Support;

namespace DeadlineBot.Tests.Service;

/// <summary>One test's world: its own tables and queues, the app on a fake clock, MailDev, and sample 001 stored.</summary>
internal sealed class ServiceRun : IAsyncDisposable
{
    private ServiceRun(TestStorage storage, DateTimeOffset now)
    {
        Storage = storage;
        App = new DeadlineBotApp(storage, now);
        Agencies = new TestAgencies(storage.Options.TablePrefix);
    }

    public TestStorage Storage { get; }

    public DeadlineBotApp App { get; }

    public TestAgencies Agencies { get; }

    public MailDev Mail { get; } = new();

    /// <summary>Sample 001 stored, the clock at 08:00 local on <paramref name="day"/>; <paramref name="settings"/> override the app's.</summary>
    public static async Task<ServiceRun> StartAsync(DateOnly day, CancellationToken cancellationToken, params (string Key, string? Value)[] settings)
    {
        var run = new ServiceRun(TestStorage.Create(), DeadlineBotApp.Morning(day));
        foreach (var (key, value) in settings)
        {
            run.App.Settings[key] = value;
        }

        await run.App.SeedAsync(cancellationToken);
        return run;
    }

    public string AddressOf(string agency) => Agencies.AddressOf(agency);

    public async ValueTask DisposeAsync()
    {
        Mail.Dispose();
        await App.DisposeAsync();
        await Storage.DisposeAsync();
    }
}
