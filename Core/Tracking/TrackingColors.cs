namespace DeadlineBot.Core.Tracking;

/// <summary>
/// The colour officials read each status by, as an RGB hex fill (<c>C6EFCE</c>, no <c>#</c>): green done on time,
/// orange done late, blue in time, yellow due soon, red overdue, grey before tracking. Exports and pages share it.
/// </summary>
public static class TrackingColors
{
    public static string Of(TrackingStatus status) => status switch
    {
        TrackingStatus.DoneOnTime => "C6EFCE",
        TrackingStatus.DoneLate => "F8CBAD",
        TrackingStatus.InTime => "DDEBF7",
        TrackingStatus.DueSoon => "FFEB9C",
        TrackingStatus.Overdue => "FFC7CE",
        TrackingStatus.BeforeTracking => "EDEDED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown tracking status."),
    };
}
