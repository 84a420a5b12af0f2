namespace DeadlineBot.Core.Reminders;

public enum ReminderKind
{
    /// <summary>Before the due date: <see cref="ReminderItem.Days"/> is days left.</summary>
    Before,

    /// <summary>On the due date: days is 0.</summary>
    Due,

    /// <summary>After the due date and not reported done: days is days overdue.</summary>
    Overdue,
}
