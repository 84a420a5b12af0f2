using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace DeadlineBot.Tests.Campaign;

/// <summary>
/// The fault campaign (issue 9): trials of reminder jobs sent through two app instances over real Azurite and a real
/// SMTP server, with a crash or a storage error before or after one storage or queue request of the scan or of the
/// sending, replies lost after DATA, refused messages, fault storms, and tasks edited between scan and send. Every
/// reminder must arrive once, on its day, about the task as it stands; the one duplicate allowed is the post-250
/// window, and then every copy carries the same Message-ID.
/// </summary>
[TestClass]
public sealed class DeliveryCampaignTests
{
    private const int Trials = 60;
    private static readonly string[] Agencies = ["Sở Thử Nghiệm Một", "Sở Thử Nghiệm Hai", "Sở Thử Nghiệm Ba", "Sở Thử Nghiệm Bốn"];
    private static readonly int[] DueIn = [0, 1, 3, 7, 14];

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task Every_reminder_arrives_once_on_its_day_about_the_task_as_it_stands_under_faults()
    {
        await using var storage = TestStorage.Create();
        await using var smtp = new RecordingSmtpServer();
        var time = new FakeTimeProvider(DeadlineBotApp.Morning(new DateOnly(2026, 3, 2)));
        await using var a = new CampaignInstance(storage, time, smtp.Port);
        await using var b = new CampaignInstance(storage, time, smtp.Port);
        var directory = new TestAgencies(storage.Options.TablePrefix);
        await directory.AddAsync(storage.Agencies, Agencies, Ct);
        var tally = new CampaignTally();
        var day = new DateOnly(2026, 3, 2);
        for (var trial = 0; trial < Trials; trial++)
        {
            day = NextWorkingDay(day.AddDays(1));
            time.SetUtcNow(DeadlineBotApp.Morning(day));
            var plan = new CampaignTrial(trial, day, DueIn, Agencies);
            await plan.RunAsync(storage, time, smtp, a, b, Ct);
            plan.Check(smtp, directory, tally);
            tally.FaultsInjected += plan.Faults;
            tally.Trials++;
            await plan.CleanUpAsync(storage, Ct);
        }

        TestContext.WriteLine(tally.ToString());
        Console.WriteLine(tally.ToString());
        Assert.IsGreaterThanOrEqualTo(1000, tally.Jobs, tally.ToString());
        Assert.AreEqual((0, 0, 0, 0), (tally.Lost, tally.Stale, tally.WrongDay, tally.DuplicatedOther), tally + "\n" + string.Join("\n", tally.Problems.Take(60)));
    }

    private static DateOnly NextWorkingDay(DateOnly day)
    {
        while (!WorkingCalendar.Default.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
