using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static DeadlineBot.Tests.Storage.TaskRepositoryTests;

namespace DeadlineBot.Tests.Storage;

/// <summary>
/// Closed plans are left out of the scan's read, and closing cannot hide an open task: a plan is closed only when read
/// without one, after the grace since it was last opened, and only if it was not opened again since its state was read.
/// </summary>
[TestClass]
public sealed class PlanStatesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2022, 3, 1, 1, 0, 0, TimeSpan.Zero));

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task The_read_leaves_out_closed_plans_partitions_and_keeps_every_other_key()
    {
        await using var storage = TestStorage.Create();
        var states = new PlanStates(storage.Tables, _time);
        var tasks = new TaskRepository(storage.Tables, states);
        string[] planIds = [.. Enumerable.Range(0, 20).Select(i => $"p{i:D2}")];
        // Two tasks in every plan's partition, and in a partition whose plan row is missing ("zz", after every plan).
        foreach (var planId in planIds.Append("zz"))
        {
            await tasks.AddManyAsync([NewTask(planId, "a"), NewTask(planId, "b")], Ct);
        }

        HashSet<string> closed = ["p00", "p03", "p04", "p11", "p19"];
        var plans = planIds.ToDictionary(id => id, id => new StoredPlan(id, null, null, null, null, null, null, DateTimeOffset.UnixEpoch), StringComparer.Ordinal);
        var read = new System.Collections.Concurrent.ConcurrentBag<string>();

        var count = await new OpenTaskReader(storage.Tables).ReadAsync(plans, closed, (task, _) => read.Add(task.PlanId + "/" + task.Id), Ct);

        string[] expected = [.. planIds.Append("zz").Where(id => !closed.Contains(id)).SelectMany(id => new[] { id + "/a", id + "/b" }).Order(StringComparer.Ordinal)];
        CollectionAssert.AreEqual(expected, read.Order(StringComparer.Ordinal).ToArray());
        Assert.AreEqual(expected.Length, count);
    }

    [TestMethod]
    public async Task A_plan_read_without_open_tasks_is_closed_once_the_grace_has_passed_and_a_new_task_opens_it_again()
    {
        await using var storage = TestStorage.Create();
        var states = new PlanStates(storage.Tables, _time);
        var tasks = new TaskRepository(storage.Tables, states);
        await tasks.AddAsync(NewTask("p1", "t1"), Ct);

        var young = await states.CloseAsync(["p1"], await states.ReadAsync(Ct), Ct);
        _time.Advance(PlanStates.Grace + TimeSpan.FromMinutes(1));
        var old = await states.CloseAsync(["p1"], await states.ReadAsync(Ct), Ct);
        var whenClosed = await states.ReadAsync(Ct);
        await tasks.AddAsync(NewTask("p1", "t2"), Ct);
        var afterAdd = await states.ReadAsync(Ct);

        Assert.AreEqual(0, young, "opened less than the grace ago: not closed");
        Assert.AreEqual(1, old);
        Assert.IsTrue(whenClosed["p1"].Closed);
        Assert.IsFalse(afterAdd["p1"].Closed, "writing an open task reopens its plan");
    }

    [TestMethod]
    public async Task A_plan_opened_after_the_scan_read_its_state_is_not_closed()
    {
        await using var storage = TestStorage.Create();
        var states = new PlanStates(storage.Tables, _time);
        var tasks = new TaskRepository(storage.Tables, states);
        await tasks.AddAsync(NewTask("p1", "t1") with { DoneOn = new DateOnly(2022, 2, 1) }, Ct);
        await states.MarkOpenAsync("p1", Ct);
        _time.Advance(PlanStates.Grace * 2);

        // The scan reads the states, then finds no open task; before it closes, a task is added open.
        var readFirst = await states.ReadAsync(Ct);
        await tasks.AddAsync(NewTask("p1", "t2"), Ct);
        var closed = await states.CloseAsync(["p1"], readFirst, Ct);

        Assert.AreEqual(0, closed);
        Assert.IsFalse((await states.ReadAsync(Ct))["p1"].Closed);
    }

    [TestMethod]
    public async Task A_plan_without_a_state_is_read_and_closed_when_empty_unless_it_gets_one_first()
    {
        await using var storage = TestStorage.Create();
        var states = new PlanStates(storage.Tables, _time);

        var none = await states.ReadAsync(Ct);
        await states.MarkOpenAsync("p2", Ct); // a task of p2 is being added meanwhile
        var closed = await states.CloseAsync(["p1", "p2"], none, Ct);
        var after = await states.ReadAsync(Ct);

        Assert.AreEqual(1, closed);
        Assert.IsTrue(after["p1"].Closed);
        Assert.IsFalse(after["p2"].Closed);
    }
}
