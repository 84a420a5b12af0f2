using System.Globalization;

namespace DeadlineBot.Core.Deadlines;

/// <summary>Every message the deadline parser gives, in one place.</summary>
public static class DeadlineMessages
{
    public static string NotUnderstood(string text) =>
        $"Không đọc được thời hạn: \"{text}\" (could not read a deadline).";

    public static string ImpossibleDate(string written, string used) =>
        $"Ngày không có thật \"{written}\": dùng {used} (impossible date, clamped to the month's last day).";

    public static string Imprecise(string written) =>
        $"\"{written}\" không nêu rõ ngày (đầu/giữa kỳ): cần nhập thời hạn (names no precise day; enter the deadline).";

    public static string PartOfMonth(string written, int? day) =>
        $"\"{written}\" không nêu rõ ngày: hiểu là {(day is { } d ? $"ngày {d}" : "ngày cuối tháng")} (đầu tháng = ngày 10, giữa tháng = ngày 20, cuối tháng = ngày cuối; check the day).";

    public static string InvalidDate(string written) =>
        $"Ngày tháng không hợp lệ \"{written}\": bỏ qua (invalid date, ignored).";

    public static string DueBeforeIssued(DateOnly due, DateOnly issued) =>
        $"Thời hạn {Show(due)} trước ngày ban hành {Show(issued)} (deadline before the document's date).";

    public static string YearAssumed(string written, DateOnly used) =>
        $"\"{written}\" không ghi năm: hiểu là {Show(used)} (no year written; took the next one on or after the document's date).";

    public static string RangeReversed(string written) =>
        $"Khoảng thời gian \"{written}\" kết thúc trước khi bắt đầu: bỏ qua (range ends before it starts, ignored).";

    public static string InvalidRecurrence(string written) =>
        $"Chu kỳ \"{written}\" không hợp lệ: bỏ qua (a repetition needs at least one unit, ignored).";

    public static string RelativeToEvent(string written) =>
        $"\"{written}\" tính từ một sự kiện chưa có ngày: cần nhập thời hạn (counted from an event without a date; enter the deadline).";

    public static string IssuedOutOfRange(DateOnly issued) =>
        $"Ngày ban hành {Show(issued)} nằm ngoài lịch được hỗ trợ (issue date out of the supported calendar).";

    public static string TextMissing => "Thiếu \"text\" (each line needs a \"text\" string).";

    public static string NotJson(string detail) => $"Dòng không phải JSON hợp lệ (not valid JSON): {detail}";

    public static string IssuedNotADate(string value) =>
        $"Ngày ban hành \"{value}\" phải có dạng YYYY-MM-DD (issued must be YYYY-MM-DD).";

    private static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
