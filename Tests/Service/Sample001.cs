using DeadlineBot.Core.Deadlines;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Tests.Service;

/// <summary>
/// Plan 167/KH-UBND (sample 001, Quảng Ngãi, issued 29/11/2021) as stored: its dated tasks, their leads and
/// deadlines as the plan writes them.
/// </summary>
internal static class Sample001
{
    public const string PlanId = "sample001";
    public const string NoiVu = "Sở Nội vụ";
    public const string TaiChinh = "Sở Tài chính";
    public const string TuyenGiao = "Ban Tuyên giáo Tỉnh ủy";
    public const string LienHiep = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh";
    public const string Ubnd = "UBND tỉnh";

    public static readonly DateOnly ScanDay = new(2022, 3, 24);

    public static string[] Agencies => [NoiVu, TaiChinh, TuyenGiao, LienHiep, Ubnd];

    public static StoredPlan Plan => new(
        PlanId, "167/KH-UBND", "UBND tỉnh Quảng Ngãi", "Quảng Ngãi", new DateOnly(2021, 11, 29),
        "Kế hoạch thực hiện Kết luận số 52-KL/TW", "001_241023ceb20e6f40.txt", DateTimeOffset.UnixEpoch);

    public static StoredTask[] Tasks =>
    [
        Task("II.1", TuyenGiao, "Trước ngày 31/3/2022", Schedule.DueOn(new(2022, 3, 31))),
        Task("II.2.b", LienHiep, "Hằng năm", Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Year))),
        Task("II.2.c", TaiChinh, "Trước ngày 31/3/2022", Schedule.DueOn(new(2022, 3, 31))),
        Task("II.2.d", LienHiep, "Quý II năm 2022", Schedule.DueOn(new(2022, 6, 30))),
        Task("II.3.a", LienHiep, "Trước ngày 30/12/2022", Schedule.DueOn(new(2022, 12, 30))),
        Task("II.3.b", NoiVu, "Trước ngày 30/12/2021", Schedule.DueOn(new(2021, 12, 30))),
        Task("II.3.c", NoiVu, "Trước ngày 31/3/2022", Schedule.DueOn(new(2022, 3, 31))),
        Task("II.4.đ", LienHiep, "Trước ngày 31/3/2022", Schedule.DueOn(new(2022, 3, 31))),
        Task("II.5.a", LienHiep, "Thường xuyên", Schedule.Ongoing()),
    ];

    /// <summary>The tasks due 31/3/2022 and their leads.</summary>
    public static (string Ref, string Lead)[] DueEndOfMarch =>
        [("II.1", TuyenGiao), ("II.2.c", TaiChinh), ("II.3.c", NoiVu), ("II.4.đ", LienHiep)];

    public static string TaskId(string reference) => "t-" + reference.Replace('.', '-').Replace("đ", "dd", StringComparison.Ordinal);

    private static StoredTask Task(string reference, string lead, string deadline, Schedule schedule) => new(
        PlanId, TaskId(reference), reference, $"Nhiệm vụ {reference} của Kế hoạch 167", [lead], [], Ubnd, deadline, [schedule],
        Created: new DateOnly(2021, 11, 29));
}
