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

    /// <summary>A yearly task; <paramref name="doneOn"/> reports the occurrence whose reminders had begun by then (the latest due within 30 days of it).</summary>
    public static TrackedTask Yearly(string start, string? doneOn = null, int? month = null, int? day = null, int every = 1)
    {
        var task = Task("t1", "plan-1", "Sở Nội vụ", null, Schedule.Repeating(new Recurrence(every, RecurrenceUnit.Year, month, day), Day(start)));
        if (MaybeDay(doneOn) is not { } done)
        {
            return task;
        }

        var occurrence = TaskOccurrences.Between(task, DateOnly.MinValue, done.AddDays(30)).Last();
        return task with { Done = new Dictionary<string, DateOnly> { [occurrence.Id] = done } };
    }

    public static TrackedTask Task(string id, string planId, string lead, string? doneOn, params Schedule[] schedules) =>
        new(id, planId, id, "Nhiệm vụ " + id, "Kế hoạch", [lead], null, schedules, MaybeDay(doneOn));
}
