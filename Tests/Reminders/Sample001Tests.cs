using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Reminders;
using static DeadlineBot.Tests.Reminders.TrackedTasks;

namespace DeadlineBot.Tests.Reminders;

/// <summary>Plan 167/KH-UBND (sample 001, issued 29/11/2021), its dated tasks built by hand, scanned on 24/3/2022.</summary>
[TestClass]
public sealed class Sample001Tests
{
    private const string NoiVu = "Sở Nội vụ";
    private const string LienHiep = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh";

    private static readonly TrackedTask[] Tasks =
    [
        Task("II.1", "Ban Tuyên giáo Tỉnh ủy", Schedule.DueOn(Date("2022-03-31"))),
        Task("II.2.b", LienHiep, Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Year))),
        Task("II.2.c", "Sở Tài chính", Schedule.DueOn(Date("2022-03-31"))),
        Task("II.2.d", LienHiep, Schedule.DueOn(Date("2022-06-30"))),
        Task("II.3.a", LienHiep, Schedule.DueOn(Date("2022-12-30"))),
        Task("II.3.b", NoiVu, Schedule.DueOn(Date("2021-12-30"))),
        Task("II.3.c", NoiVu, Schedule.DueOn(Date("2022-03-31"))),
        Task("II.4.đ", LienHiep, Schedule.DueOn(Date("2022-03-31"))),
        Task(
            "II.4.g",
            LienHiep,
            Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Year, 5, 18), Date("2022-01-01")),
            Schedule.Repeating(new Recurrence(2, RecurrenceUnit.Year, 5, 18), Date("2023-01-01"))),
        Task("II.5.a", LienHiep, Schedule.Ongoing()),
    ];

    private static readonly IReadOnlyList<ReminderDigest> Digests =
        ReminderPlanner.Default.Plan(Tasks, Date("2022-03-24"));

    [TestMethod]
    public void The_lead_of_each_task_due_31_March_gets_an_item_with_7_days_left()
    {
        foreach (var (agency, reference) in new[]
        {
            ("Ban Tuyên giáo Tỉnh ủy", "II.1"), ("Sở Tài chính", "II.2.c"), (NoiVu, "II.3.c"), (LienHiep, "II.4.đ"),
        })
        {
            var item = Digests.Single(d => d.Agency == agency).Items.Single(i => i.Ref == reference);
            Assert.AreEqual((ReminderKind.Before, 7, Date("2022-03-31")), (item.Kind, item.Days, item.Due), reference);
        }
    }

    [TestMethod]
    public void Noi_vu_task_due_30_December_2021_is_84_days_overdue_and_escalated()
    {
        var item = Digests.Single(d => d.Agency == NoiVu).Items.Single(i => i.Ref == "II.3.b");

        Assert.AreEqual((ReminderKind.Overdue, 84, true), (item.Kind, item.Days, item.Escalated));
        Assert.AreEqual("II.3.b|2021-12-30|overdue-84", item.Key);
    }

    [TestMethod]
    public void Each_agency_gets_one_digest_with_its_items_by_due_date()
    {
        CollectionAssert.AreEqual(
            new[] { "Ban Tuyên giáo Tỉnh ủy", LienHiep, NoiVu, "Sở Tài chính" },
            Digests.Select(d => d.Agency).ToArray());
        CollectionAssert.AreEqual(new[] { "II.3.b", "II.3.c" }, Digests.Single(d => d.Agency == NoiVu).Items.Select(i => i.Ref).ToArray());
        Assert.AreEqual(5, Digests.Sum(d => d.Items.Count));
    }

    private static TrackedTask Task(string reference, string lead, params Schedule[] schedules) =>
        With(reference, lead, schedules) with { Ref = reference, Created = Date("2021-11-29") };
}
