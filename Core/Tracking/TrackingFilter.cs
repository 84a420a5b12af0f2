using DeadlineBot.Core.Agencies;

namespace DeadlineBot.Core.Tracking;

/// <summary>Which tasks a list shows: one plan, one lead agency, one status; null means any.</summary>
public sealed record TrackingFilter(string? PlanId = null, AgencyId? Agency = null, TrackingStatus? Status = null)
{
    public static TrackingFilter All { get; } = new();

    public bool Matches(TaskTracking tracking)
    {
        ArgumentNullException.ThrowIfNull(tracking);
        return (PlanId is null || string.Equals(tracking.Task.PlanId, PlanId, StringComparison.Ordinal))
            && (Status is null || tracking.Status == Status)
            && (Agency is not { } agency || AgencyIds.AnyIs(tracking.Task.Lead, agency));
    }
}
