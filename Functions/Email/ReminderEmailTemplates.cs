using System.Globalization;
using System.Text;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Functions.Email;

/// <summary>
/// Every word and piece of markup of the reminder email, in one place. Values given to the HTML templates are
/// already encoded by <see cref="ReminderEmailRenderer"/>.
/// </summary>
internal static class ReminderEmailTemplates
{
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Sở Nội vụ: 1 nhiệm vụ quá hạn, 2 nhiệm vụ sắp đến hạn (24/03/2022)".</summary>
    public static string Subject(string agency, DateOnly date, int overdue, int dueToday, int upcoming)
    {
        var parts = new List<string>(3);
        if (overdue > 0)
        {
            parts.Add($"{overdue} nhiệm vụ quá hạn");
        }

        if (dueToday > 0)
        {
            parts.Add($"{dueToday} nhiệm vụ đến hạn hôm nay");
        }

        if (upcoming > 0)
        {
            parts.Add($"{upcoming} nhiệm vụ sắp đến hạn");
        }

        return $"[Nhắc việc] {agency}: {string.Join(", ", parts)} ({Date(date)})";
    }

    /// <summary>The status word used by the Government Office's tracking.</summary>
    public static string Status(ReminderKind kind) => kind switch
    {
        ReminderKind.Before => "Sắp đến hạn",
        ReminderKind.Due => "Đến hạn",
        _ => "Quá hạn",
    };

    /// <summary>"Thời hạn" for a one-off task; "Kỳ thực hiện" for an occurrence of a recurring one.</summary>
    public static string DeadlineLabelOf(ReminderItem item) => item.OccurrenceLabel is null ? DeadlineLabel : OccurrenceLabel;

    /// <summary>"05/12/2022" for a one-off task; "năm 2026 – hạn 05/12/2026" for an occurrence.</summary>
    public static string Deadline(ReminderItem item) =>
        item.OccurrenceLabel is { } period ? $"{period} – hạn {Date(item.Due)}" : Date(item.Due);

    /// <summary>"167/KH-UBND – Kế hoạch thực hiện …": the number, then the title when it says more; null when neither is known.</summary>
    public static string? Plan(ReminderItem item) =>
        (item.PlanNumber, item.PlanTitle) switch
        {
            ({ } number, { } title) when title != number => $"{number} – {title}",
            (null, null) => null,
            var (number, title) => number ?? title,
        };

    public static string Remaining(ReminderItem item) => item.Kind switch
    {
        ReminderKind.Before => $"còn {item.Days} ngày",
        ReminderKind.Due => "đến hạn hôm nay",
        _ => $"quá hạn {item.Days} ngày",
    };

    public static string Escalation(string? reportTo) =>
        reportTo is null ? "Đã báo cáo lãnh đạo theo dõi." : $"Đã sao gửi {reportTo} và lãnh đạo theo dõi.";

    public static readonly CompositeFormat Greeting = CompositeFormat.Parse("Kính gửi: {0}");
    public static readonly CompositeFormat Intro =
        CompositeFormat.Parse("Hệ thống DeadlineBot xin nhắc Quý cơ quan các nhiệm vụ do Quý cơ quan chủ trì thực hiện (ngày {0}):");
    public const string PlanLabel = "Kế hoạch";
    public const string DeadlineLabel = "Thời hạn";
    public const string OccurrenceLabel = "Kỳ thực hiện";
    public const string ReportLabel = "Báo cáo hoàn thành";
    public const string ReportHint = "Khi nhiệm vụ đã hoàn thành, vui lòng bấm \"Báo cáo hoàn thành\" để dừng nhắc việc.";
    public const string Footer = "Thư này được gửi tự động; mỗi nhắc việc chỉ gửi một lần. Vui lòng không trả lời thư này.";

    public static readonly CompositeFormat HtmlStart = CompositeFormat.Parse(
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{0}</title></head>"
        + "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\"><p>{1}</p><p>{2}</p><ol>");

    /// <summary>{0} ref, {1} title, {2} plan line, {3} deadline label, {4} deadline, {5} status colour, {6} remaining, {7} escalation line, {8} link.</summary>
    public static readonly CompositeFormat HtmlItem = CompositeFormat.Parse(
        "<li style=\"margin-bottom:12px\"><strong>[{0}] {1}</strong><br>{2}"
        + "{3}: {4} – <span style=\"color:{5};font-weight:bold\">{6}</span><br>{7}"
        + "<a href=\"{8}\">" + ReportLabel + "</a></li>");

    public static readonly CompositeFormat HtmlPlan = CompositeFormat.Parse(PlanLabel + ": {0}<br>");
    public static readonly CompositeFormat HtmlEscalation = CompositeFormat.Parse("<span style=\"color:#b00020\">⚠ {0}</span><br>");
    public const string HtmlEnd = "</ol><p>" + ReportHint + "</p><p style=\"color:#777;font-size:12px\">" + Footer + "</p></body></html>";

    public static string Colour(ReminderKind kind) => kind switch
    {
        ReminderKind.Before => "#8a6d00",
        ReminderKind.Due => "#c75000",
        _ => "#b00020",
    };
}
