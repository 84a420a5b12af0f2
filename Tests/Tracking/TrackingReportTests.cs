using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Tracking;
using static DeadlineBot.Tests.Tracking.Tasks;

namespace DeadlineBot.Tests.Tracking;

[TestClass]
public sealed class TrackingReportTests
{
    private static readonly DateOnly Today = Day("2023-01-10");

    private static readonly Core.Reminders.TrackedTask[] Board =
    [
        Due("2022-12-31", lead: "Sở Nội vụ", id: "late"),
        Due("2022-12-31", doneOn: "2022-12-30", lead: "Sở Nội vụ", id: "on-time"),
        Due("2022-12-31", doneOn: "2023-01-05", lead: "Sở Tài chính", id: "done-late"),
        Due("2023-01-15", lead: "Sở Tài chính", id: "soon", planId: "plan-2"),
        Due("2023-06-30", lead: "Sở Tài chính", id: "later"),
    ];

    [TestMethod]
    public void The_overdue_list_holds_only_tasks_past_their_deadline_and_not_done() =>
        CollectionAssert.AreEqual(new[] { "late" }, Ids(TrackingReport.Default.Overdue(Board, Today, TrackingFilter.All)));

    [TestMethod]
    [DataRow(7, new[] { "soon" })]
    [DataRow(200, new[] { "soon", "later" })]
    public void The_upcoming_list_holds_tasks_due_within_the_window(int days, string[] expected) =>
        CollectionAssert.AreEqual(expected, Ids(TrackingReport.Default.Upcoming(Board, Today, days, TrackingFilter.All)));

    [TestMethod]
    public void Lists_filter_by_plan_agency_and_status()
    {
        var finance = new TrackingFilter(Agency: AgencyId.FromName("Sở Tài chính"));

        CollectionAssert.AreEqual(new[] { "done-late", "soon", "later" }, Ids(TrackingReport.Default.List(Board, Today, finance)));
        CollectionAssert.AreEqual(new[] { "soon" }, Ids(TrackingReport.Default.List(Board, Today, new TrackingFilter(PlanId: "plan-2"))));
        CollectionAssert.AreEqual(
            new[] { "done-late" },
            Ids(TrackingReport.Default.List(Board, Today, finance with { Status = TrackingStatus.DoneLate })));
    }

    [TestMethod]
    public void Statistics_count_each_lead_agencys_tasks_by_status_most_overdue_first()
    {
        var rows = TrackingReport.Default.PerAgency(Board, Today, TrackingFilter.All);

        Assert.HasCount(2, rows);
        Assert.AreEqual(new AgencyStatistics("so-noi-vu", "Sở Nội vụ", DoneOnTime: 1, DoneLate: 0, Overdue: 1, DueSoon: 0, InTime: 0), rows[0]);
        Assert.AreEqual(new AgencyStatistics("so-tai-chinh", "Sở Tài chính", DoneOnTime: 0, DoneLate: 1, Overdue: 0, DueSoon: 1, InTime: 1), rows[1]);
    }

    [TestMethod]
    public void A_task_with_several_leads_counts_for_each()
    {
        var shared = Due("2022-12-31", id: "shared") with { Lead = ["Sở Nội vụ", "Sở Tài chính"] };

        var rows = TrackingReport.Default.PerAgency([shared], Today, TrackingFilter.All);

        CollectionAssert.AreEquivalent(new[] { "so-noi-vu", "so-tai-chinh" }, rows.Select(r => r.AgencyId).ToArray());
        Assert.IsTrue(rows.All(r => r.Overdue == 1));
    }

    private static string[] Ids(IEnumerable<TaskTracking> list) => [.. list.Select(t => t.Task.Id)];
}
