using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Reminders;
using DeadlineBot.Core.Tracking;
using static DeadlineBot.Tests.Tracking.Tasks;

namespace DeadlineBot.Tests.Tracking;

[TestClass]
public sealed class TrackingRulesTests
{
    [TestMethod]
    [DataRow("2022-12-31", null, "2022-10-01", TrackingStatus.InTime, 91)]
    [DataRow("2022-12-31", null, "2022-12-24", TrackingStatus.DueSoon, 7)]
    [DataRow("2022-12-31", null, "2022-12-31", TrackingStatus.DueSoon, 0)]
    [DataRow("2022-12-31", null, "2023-01-01", TrackingStatus.Overdue, -1)]
    [DataRow("2022-12-31", "2022-12-31", "2023-03-01", TrackingStatus.DoneOnTime, -60)]
    [DataRow("2022-12-31", "2023-01-02", "2023-03-01", TrackingStatus.DoneLate, -60)]
    public void A_task_with_one_deadline_is_measured_against_it(string due, string? doneOn, string today, TrackingStatus expected, int daysLeft)
    {
        var tracking = TrackingRules.Default.Evaluate(Due(due, doneOn), Day(today));

        Assert.AreEqual(expected, tracking.Status);
        Assert.AreEqual(Day(due), tracking.Due);
        Assert.AreEqual(daysLeft, tracking.DaysLeft);
    }

    [TestMethod]
    [DataRow(TrackingStatus.DoneOnTime, "đã hoàn thành đúng hạn")]
    [DataRow(TrackingStatus.DoneLate, "hoàn thành quá hạn")]
    [DataRow(TrackingStatus.InTime, "đang thực hiện trong hạn")]
    [DataRow(TrackingStatus.DueSoon, "sắp đến hạn")]
    [DataRow(TrackingStatus.Overdue, "quá hạn")]
    public void Each_status_has_the_government_office_word_and_reads_back(TrackingStatus status, string word)
    {
        Assert.AreEqual(word, TrackingWords.Of(status));
        Assert.IsTrue(TrackingWords.TryParse(word.Normalize(System.Text.NormalizationForm.FormD), out var parsed));
        Assert.AreEqual(status, parsed);
    }

    [TestMethod]
    public void Ongoing_work_is_in_time_and_has_no_deadline()
    {
        var task = Task("t1", "plan-1", "Sở Nội vụ", null, Schedule.Ongoing(Day("2021-04-01")));

        var tracking = TrackingRules.Default.Evaluate(task, Day("2030-01-01"));

        Assert.AreEqual(TrackingStatus.InTime, tracking.Status);
        Assert.IsNull(tracking.Due);
    }

    [TestMethod]
    [DataRow("2022-12-26", null, TrackingStatus.DueSoon, "2022-12-31")]
    [DataRow("2023-01-05", null, TrackingStatus.Overdue, "2022-12-31")]
    [DataRow("2022-12-20", "2022-12-15", TrackingStatus.DoneOnTime, "2022-12-31")]
    [DataRow("2023-01-05", "2022-12-15", TrackingStatus.DoneOnTime, "2022-12-31")]
    [DataRow("2023-02-01", "2023-01-20", TrackingStatus.DoneLate, "2022-12-31")]
    [DataRow("2023-12-28", "2022-12-15", TrackingStatus.DueSoon, "2023-12-31")]
    [DataRow("2024-01-03", "2022-12-15", TrackingStatus.Overdue, "2023-12-31")]
    public void A_yearly_task_shows_its_report_until_the_next_occurrences_reminders_begin(
        string today, string? doneOn, TrackingStatus expected, string due)
    {
        var tracking = TrackingRules.Default.Evaluate(Yearly("2022-01-01", doneOn), Day(today));

        Assert.AreEqual(expected, tracking.Status);
        Assert.AreEqual(Day(due), tracking.Due);
    }

    [TestMethod]
    public void A_yearly_task_that_names_a_day_falls_due_on_it_every_second_year_from_its_start()
    {
        var task = Yearly("2023-01-01", month: 5, day: 18, every: 2);

        var dates = TaskOccurrences.Between(task, Day("2022-01-01"), Day("2028-12-31")).Select(o => o.Due);

        CollectionAssert.AreEqual(new[] { Day("2023-05-18"), Day("2025-05-18"), Day("2027-05-18") }, dates.ToArray());
    }

    [TestMethod]
    public void A_quarterly_task_falls_due_on_each_quarter_end_from_its_start()
    {
        var task = Task("t1", "plan-1", "Sở Nội vụ", null, Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Quarter), Day("2022-05-01")));

        var dates = TaskOccurrences.Between(task, Day("2022-01-01"), Day("2023-03-31")).Select(o => o.Due);

        CollectionAssert.AreEqual(
            new[] { Day("2022-06-30"), Day("2022-09-30"), Day("2022-12-31"), Day("2023-03-31") },
            dates.ToArray());
    }

    [TestMethod]
    public void A_monthly_task_with_a_day_falls_on_that_day_or_the_months_last_day()
    {
        var task = Task("t1", "plan-1", "Sở Nội vụ", null, Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Month, day: 30), Day("2024-01-01")));

        var dates = TaskOccurrences.Between(task, Day("2024-01-15"), Day("2024-03-31")).Select(o => o.Due);

        CollectionAssert.AreEqual(new[] { Day("2024-01-30"), Day("2024-02-29"), Day("2024-03-30") }, dates.ToArray());
    }
}
