using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Reminders;
using DeadlineBot.Core.Tracking;
using FsCheck;
using FsCheck.Fluent;

namespace DeadlineBot.Tests.Tracking;

/// <summary>FsCheck properties: the status rules never throw and stay consistent, whatever the schedules and dates.</summary>
[TestClass]
public sealed class TrackingProperties
{
    private static readonly DateOnly First = new(1900, 1, 1);

    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(1_000);

    private static Gen<DateOnly> Days { get; } = Gen.Choose(0, new DateOnly(2200, 12, 31).DayNumber - First.DayNumber).Select(First.AddDays);

    private static Gen<Schedule> Schedules { get; } =
        from kind in Gen.Elements(ScheduleKind.Due, ScheduleKind.Range, ScheduleKind.Recurring, ScheduleKind.Ongoing)
        from a in Days
        from b in Days
        from every in Gen.Choose(1, 5)
        from unit in Gen.Elements(RecurrenceUnit.Year, RecurrenceUnit.Quarter, RecurrenceUnit.Month, RecurrenceUnit.Day)
        from day in Gen.Elements<int?>(null, 1, 15, 31)
        select kind switch
        {
            ScheduleKind.Due => Schedule.DueOn(a),
            ScheduleKind.Range => Schedule.Between(a < b ? a : b, a < b ? b : a),
            ScheduleKind.Recurring => Schedule.Repeating(new Recurrence(every, unit, day: day), a),
            _ => Schedule.Ongoing(a),
        };

    private static Arbitrary<(TrackedTask Task, DateOnly Today)> Cases { get; } =
        (from count in Gen.Choose(0, 3)
         from schedules in Schedules.ArrayOf(count)
         from done in Gen.OneOf(Gen.Constant<DateOnly?>(null), Days.Select(d => (DateOnly?)d))
         from today in Days
         select (new TrackedTask("t", "p", "1", "Nhiệm vụ", null, ["Sở Nội vụ"], null, [.. schedules], done), today)).ToArbitrary();

    [TestMethod]
    public void Every_task_gets_a_status_and_done_ones_only_once_reported_by_today() =>
        Prop.ForAll(Cases, c =>
        {
            var tracking = TrackingRules.Default.Evaluate(c.Task, c.Today);
            var reported = c.Task.DoneOn is { } done && done <= c.Today;
            return (!tracking.IsDone || reported)
                && (tracking.Status != TrackingStatus.Overdue || tracking.DaysLeft < 0)
                && (tracking.Due is null) == (tracking.DaysLeft is null);
        }).Check(Many);
}
