using System.Globalization;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Tests.Reminders;

/// <summary>Hand-built tasks for the planner tests.</summary>
internal static class TrackedTasks
{
    /// <summary>The default policy on a calendar of weekends only, so the dates in the tests do not move with holiday data.</summary>
    public static ReminderPlanner Planner { get; } = new(ReminderPolicy.Default, new WorkingCalendar());

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TrackedTask DueOn(string due, string id = "t1", string lead = "Sở Nội vụ", string? doneOn = null) =>
        With(id, lead, Schedule.DueOn(Date(due))) with { DoneOn = doneOn is null ? null : Date(doneOn) };

    public static TrackedTask With(string id, string lead, params Schedule[] schedules) =>
        new(id, "plan-1", id.ToUpperInvariant(), $"Nhiệm vụ {id}", "Kế hoạch 167/KH-UBND", [lead], "UBND tỉnh", schedules);
}
