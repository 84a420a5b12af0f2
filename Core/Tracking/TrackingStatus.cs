namespace DeadlineBot.Core.Tracking;

/// <summary>
/// Where a task stands, in the words the Government Office's tracking uses (see <see cref="TrackingWords"/>).
/// </summary>
public enum TrackingStatus
{
    /// <summary>đang thực hiện trong hạn: not done, the deadline is further away than the due-soon window (or there is none).</summary>
    InTime,

    /// <summary>sắp đến hạn: not done, the deadline is within the due-soon window.</summary>
    DueSoon,

    /// <summary>quá hạn: not done, the deadline has passed.</summary>
    Overdue,

    /// <summary>đã hoàn thành đúng hạn: reported done on or before the deadline.</summary>
    DoneOnTime,

    /// <summary>hoàn thành quá hạn: reported done after the deadline.</summary>
    DoneLate,

    /// <summary>trước khi theo dõi: an occurrence due before its plan's tracking began, not reported; never reminded or counted.</summary>
    BeforeTracking,
}
