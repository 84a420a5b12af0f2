using DeadlineBot.Core.Reminders;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Tests.Plans;
using static DeadlineBot.Tests.Reminders.TrackedTasks;

namespace DeadlineBot.Tests.Reminders;

/// <summary>
/// Samples 001 and 004 as imported, confirmed on 30/11/2026 (as <c>remind --at</c> and a stored plan confirm them),
/// followed day by day over several years: each occurrence is reminded in its own period and reported on its own.
/// </summary>
[TestClass]
public sealed class SampleOccurrenceTests
{
    /// <summary>The day the plans are confirmed: tracking begins.</summary>
    private static DateOnly Confirmed => Date("2026-11-30");

    private static IReadOnlyList<TrackedTask> Sample(string prefix) =>
        ImportedTasks.Track(SampleFiles.Import(SampleFiles.Names.Single(n => n.StartsWith(prefix, StringComparison.Ordinal)), SampleFiles.Text), prefix, Confirmed);

    [TestMethod]
    [DataRow("001")]
    [DataRow("004")]
    public void On_the_day_the_plans_are_confirmed_no_occurrence_from_2021_to_2025_is_reminded(string sample)
    {
        var items = ReminderPlanner.Default.Plan(Sample(sample), Confirmed).SelectMany(d => d.Items);

        Assert.IsEmpty(items.Where(i => i.Occurrence is not null && i.Due.Year < 2026).ToList());
    }

    [TestMethod]
    public void Three_days_before_5_December_2026_the_yearly_reports_of_sample_004_are_reminded_by_their_year()
    {
        var items = ReminderPlanner.Default.Plan(Sample("004"), Date("2026-12-02")).SelectMany(d => d.Items).Where(i => i.Occurrence is not null).ToList();

        Assert.IsNotEmpty(items);
        Assert.IsTrue(items.All(i => (i.Due, i.Occurrence, i.OccurrenceLabel, i.Days) == (Date("2026-12-05"), "2026", "năm 2026", 3)));
        CollectionAssert.IsSubsetOf(new[] { "II.3.b", "II.3.c", "II.6" }, items.Select(i => i.Ref).ToArray());
    }

    [TestMethod]
    [DataRow("001")]
    [DataRow("004")]
    public void Followed_day_by_day_until_2029_each_occurrence_is_reminded_in_its_own_year_only(string sample)
    {
        var tasks = Sample(sample);
        var reminded = new List<ReminderItem>();
        for (var day = Confirmed; day <= Date("2029-12-31"); day = day.AddDays(1))
        {
            reminded.AddRange(ReminderPlanner.Default.Plan(tasks, day, day.AddDays(-1)).SelectMany(d => d.Items).Where(i => i.Occurrence is not null));
        }

        Assert.IsNotEmpty(reminded);
        Assert.IsTrue(reminded.All(i => i.Occurrence == i.Due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.IsTrue(reminded.All(i => i.Due >= Confirmed));
        foreach (var year in new[] { 2027, 2028, 2029 })
        {
            Assert.IsTrue(reminded.Any(i => i.Due.Year == year), $"no occurrence of {year} was reminded");
        }
    }

    [TestMethod]
    public void Sample_001s_honouring_ceremony_every_2_years_falls_in_2023_and_2025_not_2022()
    {
        var ceremony = Sample("001").Single(t => t.Ref == "II.4.g") with { TrackedFrom = null };
        var biennial = ceremony with { Schedules = [.. ceremony.Schedules.Where(s => s.Recurrence?.Every == 2)] };

        var years = TaskOccurrences.Between(biennial, Date("2021-01-01"), Date("2026-12-31")).Select(o => o.Id).ToArray();

        CollectionAssert.AreEqual(new[] { "2023", "2025" }, years, string.Join(" | ", ceremony.Schedules.Select(s => $"{s.Kind} {s.Start} {s.Recurrence?.Every} {s.Recurrence?.Unit} {s.Recurrence?.Month}/{s.Recurrence?.Day}")));
    }

    [TestMethod]
    public void A_done_occurrence_stops_only_its_own_reminders()
    {
        var task = Sample("004").Single(t => t.Ref == "II.3.b");
        var done = task with { Done = new Dictionary<string, DateOnly> { ["2026"] = Date("2026-12-01") } };

        Assert.IsEmpty(ReminderPlanner.Default.Plan([done], Date("2026-12-02")));
        Assert.IsEmpty(ReminderPlanner.Default.Plan([done], Date("2026-12-14")));
        Assert.AreEqual("2027", ReminderPlanner.Default.Plan([done], Date("2027-12-02")).Single().Items.Single().Occurrence);
        Assert.AreEqual("2026", ReminderPlanner.Default.Plan([task], Date("2026-12-02")).Single().Items.Single().Occurrence);
    }

    [TestMethod]
    public void Occurrences_before_tracking_are_shown_as_such_and_left_out_of_reports_and_statistics()
    {
        var task = Sample("004").Single(t => t.Ref == "II.3.b");
        var rows = TrackingRules.Default.Occurrences(task, Date("2026-12-02"));

        Assert.IsTrue(rows.Where(r => r.Due < Confirmed).All(r => r.Status == TrackingStatus.BeforeTracking));
        Assert.AreEqual(("2026", TrackingStatus.DueSoon), (rows.Single(r => r.Due == Date("2026-12-05")).Occurrence!.Id, rows.Single(r => r.Due == Date("2026-12-05")).Status));
        Assert.AreEqual(1, TrackingReport.Default.List([task], Date("2026-12-02"), TrackingFilter.All).Count);
        Assert.AreEqual(0, TrackingReport.Default.PerAgency([task], Date("2026-12-02"), TrackingFilter.All).Sum(s => s.Overdue));
    }

    [TestMethod]
    public void A_yearly_task_counts_one_row_per_tracked_occurrence_and_filters_by_period()
    {
        var task = Sample("004").Single(t => t.Ref == "II.3.b") with { Done = new Dictionary<string, DateOnly> { ["2026"] = Date("2026-12-10") } };
        Assert.IsTrue(ReportPeriod.TryParse("2027", out var year2027));

        var rows = TrackingReport.Default.List([task], Date("2028-01-10"), TrackingFilter.All);
        var in2027 = TrackingReport.Default.List([task], Date("2028-01-10"), new TrackingFilter(Period: year2027));

        CollectionAssert.AreEqual(
            new[] { ("2026", TrackingStatus.DoneLate), ("2027", TrackingStatus.Overdue), ("2028", TrackingStatus.InTime) },
            rows.Select(r => (r.Occurrence!.Id, r.Status)).ToArray());
        Assert.AreEqual("2027", in2027.Single().Occurrence!.Id);
    }
}
