using DeadlineBot.Core.Agencies;

namespace DeadlineBot.Core.Tracking;

/// <summary>
/// Which rows a list shows: one plan, one lead agency, one status, those due in one <see cref="Period"/>; null means
/// any. Occurrences before tracking are shown only when asked for by their status.
/// </summary>
public sealed record TrackingFilter(
    string? PlanId = null, AgencyId? Agency = null, TrackingStatus? Status = null, ReportPeriod? Period = null)
{
    public static TrackingFilter All { get; } = new();

    public bool Matches(TaskTracking tracking)
    {
        ArgumentNullException.ThrowIfNull(tracking);
        return (PlanId is null || string.Equals(tracking.Task.PlanId, PlanId, StringComparison.Ordinal))
            && (Status is { } wanted ? tracking.Status == wanted : tracking.Status != TrackingStatus.BeforeTracking)
            && (Period is not { } period || (tracking.Due is { } due && period.Contains(due)))
            && (Agency is not { } agency || AgencyIds.AnyIs(tracking.Task.Lead, agency));
    }
}
