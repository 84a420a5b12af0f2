using System.Text.Json;
using Cronos;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Functions.Hosting;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Tests.Infra;
using DeadlineBot.Tests.Service;
using DeadlineBot.Tests.Support;

namespace DeadlineBot.Tests.Hosting;

[TestClass]
public sealed class ScanTimerTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("2022-03-24T07:59", "2022-03-24T08:00")]
    [DataRow("2022-03-24T08:00", "2022-03-25T08:00")]
    [DataRow("2022-03-24T23:59", "2022-03-25T08:00")]
    [DataRow("2022-01-31T12:00", "2022-02-01T08:00", DisplayName = "every day, Tết included: reminders that fall in Tết were moved before it")]
    public void The_default_schedule_runs_at_08_00_local(string nowLocal, string expectedLocal)
    {
        var now = Local(nowLocal);

        var next = ScanTimerService.NextRun(new ReminderOptions().Cron, now);

        Assert.AreEqual(Local(expectedLocal), next);
    }

    [TestMethod]
    public void The_sample_settings_schedule_the_scan_at_08_00_local_as_Azure_reads_it_in_UTC()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.SettingsSample));
        var value = sample.RootElement.GetProperty("Values").GetProperty("DeadlineBot__Reminders__Schedule").GetString()!;

        var next = CronExpression.Parse(value, CronFormat.IncludeSeconds).GetNextOccurrence(Local("2022-03-24T07:00"), TimeZoneInfo.Utc);

        Assert.AreEqual(Local("2022-03-24T08:00"), next);
    }

    [TestMethod]
    public async Task The_self_hosted_timer_scans_when_the_clock_reaches_08_00()
    {
        var ct = TestContext.CancellationToken;
        await using var run = await ServiceRun.StartAsync(Sample001.ScanDay.AddDays(-1), ct);
        run.App.Time.SetUtcNow(Local("2022-03-24T07:59"));
        var timer = run.App.Get<ScanTimerService>();
        await timer.StartAsync(ct);

        // The service starts its loop on another thread: move the clock in small steps until the scan has run.
        DateOnly? scanned = null;
        for (var i = 0; i < 100 && scanned is null; i++)
        {
            await Task.Delay(100, ct);
            if (run.App.Time.GetUtcNow() < Local("2022-03-24T08:00"))
            {
                run.App.Time.Advance(TimeSpan.FromSeconds(10));
            }

            scanned = await run.Storage.ScanState.GetLastScanAsync(ct);
        }

        await timer.StopAsync(ct);
        Assert.AreEqual(Sample001.ScanDay, scanned);
        Assert.HasCount(4, await run.Storage.Log.ListDigestsAsync(Sample001.ScanDay, ct));
    }

    private static DateTimeOffset Local(string iso) =>
        VietnamTime.At(DateOnly.Parse(iso[..10], System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(iso[11..], System.Globalization.CultureInfo.InvariantCulture));
}
