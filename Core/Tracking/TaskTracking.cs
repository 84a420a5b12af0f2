using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Core.Tracking;

/// <summary>
/// Where one task, or one <see cref="Occurrence"/> of a recurring task, stands on a day: its <see cref="Status"/>, the
/// deadline it is measured against (<see cref="Due"/>, none for ongoing work), the days left until it (negative once
/// overdue) and the day it was reported done.
/// </summary>
public sealed record TaskTracking(TrackedTask Task, TrackingStatus Status, DateOnly? Due, int? DaysLeft)
{
    /// <summary>The occurrence of a recurring task this row is about; none for a one-off or ongoing task.</summary>
    public Occurrence? Occurrence { get; init; }

    public DateOnly? DoneOn { get; init; }

    public string StatusWord => TrackingWords.Of(Status);

    public bool IsDone => Status is TrackingStatus.DoneOnTime or TrackingStatus.DoneLate;
}
