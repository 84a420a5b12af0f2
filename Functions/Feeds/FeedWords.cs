namespace DeadlineBot.Functions.Feeds;

/// <summary>Every word an agency's calendar feed writes, in one place.</summary>
public static class FeedWords
{
    public const string ProductId = "-//DeadlineBot//Nhac han cong viec//VI";
    public const string TimeZone = "Asia/Ho_Chi_Minh";

    /// <summary>How often calendar clients are asked to fetch the feed again (X-PUBLISHED-TTL).</summary>
    public const string RefreshEvery = "PT6H";

    public static string CalendarName(string agency) => $"Hạn công việc – {agency}";

    public static string CalendarDescription(string agency) =>
        $"Các nhiệm vụ chưa hoàn thành do {agency} chủ trì, theo hạn hoàn thành (DeadlineBot).";

    public static string Summary(string title, string? period) => period is null ? title : $"{title} ({period})";

    public static string Plan(string plan) => $"Kế hoạch: {plan}";

    public static string Status(string status) => $"Tình trạng: {status}";

    public static string Report(Uri link) => $"Báo cáo hoàn thành: {link}";

    public static string Alarm(string title, int daysBefore) =>
        daysBefore == 0 ? $"Đến hạn hôm nay: {title}" : $"Còn {daysBefore} ngày đến hạn: {title}";

    public const string Busy = "The agency changed while its feed token was being written; try again.";

    public const string NotFound = "Không tìm thấy lịch (the calendar link is unknown, changed or revoked).";
}
