using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Tests.Tracking;

/// <summary>Tracked tasks for the tracking tests, built from dates written as text.</summary>
internal static class Tasks
{
    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly? MaybeDay(string? iso) => iso is null ? null : Day(iso);

    public static TrackedTask Due(string due, string? doneOn = null, string lead = "Sở Nội vụ", string planId = "plan-1", string id = "t1") =>
        Task(id, planId, lead, doneOn, Schedule.DueOn(Day(due)));

    public static TrackedTask Yearly(string start, string? doneOn = null, int? month = null, int? day = null, int every = 1) =>
        Task("t1", "plan-1", "Sở Nội vụ", doneOn, Schedule.Repeating(new Recurrence(every, RecurrenceUnit.Year, month, day), Day(start)));

    public static TrackedTask Task(string id, string planId, string lead, string? doneOn, params Schedule[] schedules) =>
        new(id, planId, id, "Nhiệm vụ " + id, "Kế hoạch", [lead], null, schedules, MaybeDay(doneOn));
}
