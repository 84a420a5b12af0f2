using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;

namespace DeadlineBot.Tests.Storage;

[TestClass]
public sealed class TaskRepositoryTests
{
    private const string NoiVu = "Sở Nội vụ";
    private const string TaiChinh = "Sở Tài chính";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task A_task_comes_back_with_its_agencies_and_every_kind_of_schedule()
    {
        await using var storage = TestStorage.Create();
        Schedule[] schedules =
        [
            Schedule.DueOn(new DateOnly(2022, 3, 31)),
            Schedule.Between(new DateOnly(2021, 7, 1), new DateOnly(2025, 6, 30)),
            Schedule.Repeating(new Recurrence(2, RecurrenceUnit.Year, 5, 18, new DateOnly(2030, 12, 31)), new DateOnly(2023, 5, 18)),
            Schedule.Ongoing(new DateOnly(2021, 4, 1)),
        ];
        var task = NewTask("p1", "t1", due: null) with { Schedules = schedules, Note = "Ngay sau khi Đề án được phê duyệt" };

        await storage.Tasks.AddAsync(task, Ct);
        var read = (await storage.Tasks.GetAsync("p1", "t1", Ct))!;

        CollectionAssert.AreEqual(task.Lead.ToArray(), read.Lead.ToArray());
        CollectionAssert.AreEqual(task.Cooperating.ToArray(), read.Cooperating.ToArray());
        CollectionAssert.AreEqual(schedules, read.Schedules.ToArray());
        Assert.AreEqual(task.Note, read.Note);
        Assert.AreEqual(new DateOnly(2022, 3, 31), read.FirstDue);
        Assert.IsTrue(read.IsRecurring);
    }

    [TestMethod]
    [DataRow("x' or PartitionKey ne 'y")]
    [DataRow("p1' or '1' eq '1")]
    public async Task A_plan_id_that_looks_like_a_filter_lists_only_its_own_tasks(string planId)
    {
        await using var storage = TestStorage.Create();
        await storage.Tasks.AddAsync(NewTask(planId, "t1"), Ct);
        await storage.Tasks.AddAsync(NewTask("p1", "t2"), Ct);
        await storage.Tasks.AddAsync(NewTask("y", "t3"), Ct);

        var listed = await storage.Tasks.ListByPlanAsync(planId, Ct);

        Assert.AreEqual("t1", listed.Single().Id);
        Assert.AreEqual(planId, listed.Single().PlanId);
    }

    [TestMethod]
    public async Task A_task_reported_done_is_no_longer_open_and_its_report_is_kept()
    {
        await using var storage = TestStorage.Create();
        await storage.Tasks.AddManyAsync([NewTask("p1", "t1"), NewTask("p1", "t2"), NewTask("p2", "t3")], Ct);
        var t2 = (await storage.Tasks.GetAsync("p1", "t2", Ct))!;
        var report = new CompletionReport("p1", "t2", new DateOnly(2022, 3, 20), DateTimeOffset.UnixEpoch, "so-noi-vu@example.test", "Đã ban hành");

        var done = await storage.Tasks.MarkDoneAsync(report, t2.ETag, Ct);
        var open = await storage.Tasks.ListOpenAsync(Ct).Select(t => t.Id).Order().ToListAsync(Ct);

        Assert.AreEqual(WriteOutcome.Saved, done.Outcome);
        CollectionAssert.AreEqual(new[] { "t1", "t3" }, open);
        Assert.AreEqual(new DateOnly(2022, 3, 20), (await storage.Tasks.GetAsync("p1", "t2", Ct))!.DoneOn);
        Assert.AreEqual(report, (await storage.Tasks.ListReportsAsync("p1", "t2", Ct)).Single());
    }

    [TestMethod]
    public async Task Reporting_done_with_a_stale_etag_changes_nothing()
    {
        await using var storage = TestStorage.Create();
        await storage.Tasks.AddAsync(NewTask("p1", "t1"), Ct);
        var read = (await storage.Tasks.GetAsync("p1", "t1", Ct))!;
        await storage.Tasks.UpdateAsync(read with { Title = "Sửa tên" }, Ct);
        var report = new CompletionReport("p1", "t1", new DateOnly(2022, 3, 20), DateTimeOffset.UnixEpoch, "staff");

        var done = await storage.Tasks.MarkDoneAsync(report, read.ETag, Ct);

        Assert.AreEqual(WriteOutcome.Stale, done.Outcome);
        Assert.IsTrue((await storage.Tasks.GetAsync("p1", "t1", Ct))!.IsOpen);
        Assert.IsEmpty(await storage.Tasks.ListReportsAsync("p1", "t1", Ct));
    }

    [TestMethod]
    public async Task Open_tasks_due_by_a_date_include_overdue_ones_and_can_be_narrowed_to_one_lead()
    {
        await using var storage = TestStorage.Create();
        await storage.Tasks.AddManyAsync(
        [
            NewTask("p1", "overdue", new DateOnly(2021, 12, 30)),
            NewTask("p1", "soon", new DateOnly(2022, 3, 31), TaiChinh),
            NewTask("p1", "later", new DateOnly(2022, 12, 31)),
            NewTask("p2", "ongoing", due: null),
        ], Ct);

        var all = await storage.Tasks.ListOpenDueByAsync(new DateOnly(2022, 4, 30), null, Ct);
        var noiVu = await storage.Tasks.ListOpenDueByAsync(new DateOnly(2022, 4, 30), AgencyId.FromName(NoiVu), Ct);

        CollectionAssert.AreEquivalent(new[] { "overdue", "soon" }, all.Select(t => t.Id).ToArray());
        CollectionAssert.AreEquivalent(new[] { "overdue" }, noiVu.Select(t => t.Id).ToArray());
    }

    [TestMethod]
    public async Task A_task_key_with_a_slash_is_refused_with_a_clear_message()
    {
        await using var storage = TestStorage.Create();

        var error = await Assert.ThrowsExactlyAsync<ArgumentException>(() => storage.Tasks.AddAsync(NewTask("p/1", "t1"), Ct));

        StringAssert.Contains(error.Message, "Plan id 'p/1' cannot be a storage key");
    }

    internal static StoredTask NewTask(string planId, string id, DateOnly? due = default, string lead = NoiVu) => new(
        planId,
        id,
        "II.1.a",
        "Tổ chức hội nghị quán triệt",
        [lead],
        [TaiChinh, "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"],
        "UBND tỉnh",
        "trước ngày 31/3/2022",
        due is { } d ? [Schedule.DueOn(d)] : [Schedule.Ongoing()],
        Created: new DateOnly(2022, 1, 1));
}
