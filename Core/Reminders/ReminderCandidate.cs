using System.Globalization;

namespace DeadlineBot.Core.Reminders;

/// <summary>
/// One reminder the policy could send: for <see cref="Occurrence"/>, at
/// <see cref="Offset"/> days from it (negative before, 0 on the day, positive overdue), sent on <see cref="Day"/>
/// (the offset's date moved to a working day).
/// </summary>
internal readonly record struct ReminderCandidate(Occurrence Occurrence, int Offset, DateOnly Day)
{
    /// <summary><c>before-7</c>, <c>due</c>, <c>overdue-14</c>.</summary>
    public string Stage => Offset switch
    {
        < 0 => string.Create(CultureInfo.InvariantCulture, $"before-{-Offset}"),
        0 => "due",
        _ => string.Create(CultureInfo.InvariantCulture, $"overdue-{Offset}"),
    };

    public string KeyFor(string taskId) =>
        string.Create(CultureInfo.InvariantCulture, $"{taskId}|{Occurrence.Due:yyyy-MM-dd}|{Stage}");

    /// <summary>
    /// The later reminder wins. On the same day the later occurrence wins (a past occurrence's overdue reminder comes
    /// back a week later; a stage before the next one does not), then the stage nearest its due date.
    /// </summary>
    public static ReminderCandidate? Latest(ReminderCandidate? current, ReminderCandidate next) =>
        current is { } c && (c.Day, c.Occurrence.Due, c.Offset).CompareTo((next.Day, next.Occurrence.Due, next.Offset)) >= 0 ? c : next;
}
