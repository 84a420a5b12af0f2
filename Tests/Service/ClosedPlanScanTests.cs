using DeadlineBot.Core.Deadlines;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;

namespace DeadlineBot.Tests.Service;

/// <summary>The scan closes a plan whose tasks are all done (after the grace), skips it from then on, and reads it again once a task of it is open.</summary>
[TestClass]
public sealed class ClosedPlanScanTests
{
    private static readonly DateOnly Day = new(2022, 3, 1);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task A_finished_plan_is_closed_by_the_scan_and_opened_again_by_a_new_task()
    {
        await using var storage = TestStorage.Create();
        await using var app = new DeadlineBotApp(storage, DeadlineBotApp.Morning(Day));
        var plans = app.Get<PlanRepository>();
        var tasks = app.Get<TaskRepository>();
        var states = app.Get<PlanStates>();
        foreach (var planId in new[] { "done", "live" })
        {
            await plans.AddAsync(new StoredPlan(planId, "1/KH-UBND", "UBND tỉnh", null, Day, planId, null, DateTimeOffset.UnixEpoch), Ct);
        }

        await tasks.AddManyAsync([Task("done", "d1"), Task("done", "d2"), Task("live", "l1")], Ct);
        var d1 = (await tasks.GetAsync("done", "d1", Ct))!;
        var d2 = (await tasks.GetAsync("done", "d2", Ct))!;
        await tasks.UpdateAsync(d1 with { DoneOn = Day }, Ct);
        await tasks.UpdateAsync(d2 with { DoneOn = Day }, Ct);

        var first = await app.Get<ReminderScanService>().ScanAsync(Day, Ct);
        var openAfterFirst = (await states.ReadAsync(Ct))["done"].Closed;
        app.Time.Advance(TimeSpan.FromDays(2));
        var second = await app.Get<ReminderScanService>().ScanAsync(Day.AddDays(2), Ct);
        var closedAfterSecond = (await states.ReadAsync(Ct))["done"].Closed;
        await tasks.AddAsync(Task("done", "d3"), Ct);
        var third = await app.Get<ReminderScanService>().ScanAsync(Day.AddDays(2), Ct);

        Assert.AreEqual(1, first.Tasks);
        Assert.IsFalse(openAfterFirst, "written within the grace: not closed yet");
        Assert.AreEqual(1, second.Tasks);
        Assert.IsTrue(closedAfterSecond, "read without an open task after the grace: closed");
        Assert.IsFalse((await states.ReadAsync(Ct))["done"].Closed);
        Assert.AreEqual(2, third.Tasks, "the new task of the reopened plan is read");
        Assert.IsFalse((await states.ReadAsync(Ct))["live"].Closed);
    }

    private static StoredTask Task(string planId, string id) =>
        new(planId, id, "I.1", "Nhiệm vụ " + id, ["Sở Nội vụ"], [], null, null, [Schedule.DueOn(Day.AddDays(30))], Created: Day);
}
