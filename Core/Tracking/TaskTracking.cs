using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Core.Tracking;

/// <summary>
/// Where one task stands on a day: its <see cref="Status"/>, the deadline it is measured against
/// (<see cref="Due"/>, none for ongoing work) and the days left until it (negative once overdue).
/// </summary>
public sealed record TaskTracking(TrackedTask Task, TrackingStatus Status, DateOnly? Due, int? DaysLeft)
{
    public string StatusWord => TrackingWords.Of(Status);

    public bool IsDone => Status is TrackingStatus.DoneOnTime or TrackingStatus.DoneLate;
}
