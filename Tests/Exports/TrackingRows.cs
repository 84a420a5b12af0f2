using DeadlineBot.Core.Reminders;
using DeadlineBot.Core.Tracking;

namespace DeadlineBot.Tests.Exports;

/// <summary>Tracking rows as a report gives them, for the export tests.</summary>
internal static class TrackingRows
{
    public static TaskTracking Row(string title, TrackingStatus status, DateOnly? due, int? daysLeft, DateOnly? doneOn = null, Occurrence? occurrence = null) =>
        new(Task(title), status, due, daysLeft) { DoneOn = doneOn, Occurrence = occurrence };

    public static IReadOnlyList<TaskTracking> OneOfEachStatus { get; } =
    [
        Row("Báo cáo kết quả thực hiện", TrackingStatus.Overdue, new DateOnly(2026, 11, 20), -9),
        Row("Rà soát thủ tục hành chính", TrackingStatus.DueSoon, new DateOnly(2026, 12, 3), 4),
        Row("Tổng kết", TrackingStatus.InTime, new DateOnly(2026, 12, 31), 32, occurrence: new Occurrence("2026", new DateOnly(2026, 12, 31), "năm 2026")),
        Row("Đã xong đúng hạn", TrackingStatus.DoneOnTime, new DateOnly(2026, 10, 31), -29, new DateOnly(2026, 10, 30)),
        Row("=HYPERLINK(\"http://x\")", TrackingStatus.DoneLate, new DateOnly(2026, 9, 30), -60, new DateOnly(2026, 10, 5)),
    ];

    private static TrackedTask Task(string title) =>
        new("t-" + title.Length, "p1", "II.1", title, "Kế hoạch chuyển đổi số", ["Sở Nội vụ"], "UBND tỉnh", [])
        {
            PlanNumber = "167/KH-UBND",
            Cooperating = ["Sở Tài chính", "Sở Nội vụ"],
        };
}
