namespace DeadlineBot.Core.Calendar;

/// <summary>Every message the calendar gives, in one place: Vietnamese for staff, English in brackets.</summary>
public static class CalendarMessages
{
    public static string NoSuchLunarDate(LunarDate date) =>
        $"Không có ngày âm lịch {date} (no such lunar date).";

    public static string NotJson(string detail) =>
        $"Dữ liệu ngày nghỉ không phải JSON hợp lệ: {detail} (holiday data is not valid JSON).";

    public static string RootNotYearOrList =>
        "Dữ liệu ngày nghỉ phải là một năm {\"year\": …} hoặc một danh sách các năm (holiday data must be a year object or a list of them).";

    public static string EntryNotObject(string entry) =>
        $"{entry}: phải là một đối tượng {{\"year\": …, \"daysOff\": […], \"workingDays\": […]}} (must be a year object).";

    public static string UnknownProperty(string entry, string name) =>
        $"{entry}: không có trường \"{name}\"; chỉ dùng year, daysOff, workingDays, source (unknown property).";

    public static string MissingYear(string entry) =>
        $"{entry}: thiếu \"year\" (year is missing).";

    public static string BadYear(string entry, string value) =>
        $"{entry}.year: \"{value}\" không phải năm từ 1 đến 9999 (not a year).";

    public static string DuplicateYear(string entry, int year) =>
        $"{entry}: năm {year} đã có ở trên (year {year} is given twice).";

    public static string NotAList(string entry) =>
        $"{entry}: phải là danh sách ngày [\"yyyy-MM-dd\", …] (must be a list of dates).";

    public static string NotText(string entry) =>
        $"{entry}: phải là chuỗi (must be a string).";

    public static string BadDate(string entry, string value) =>
        $"{entry}: \"{value}\" không phải ngày dạng yyyy-MM-dd (not a date).";

    public static string DateOutsideYear(string entry, DateOnly date, int year) =>
        $"{entry}: {date:yyyy-MM-dd} không thuộc năm {year} (date outside its year).";

    public static string DuplicateDate(string entry, DateOnly date) =>
        $"{entry}: {date:yyyy-MM-dd} đã có trong danh sách (date listed twice).";

    public static string OffAndWorking(string entry, DateOnly date) =>
        $"{entry}: {date:yyyy-MM-dd} vừa là ngày nghỉ vừa là ngày làm việc (both a day off and a working day).";

    public static string WorkingDayNotWeekend(string entry, DateOnly date) =>
        $"{entry}: {date:yyyy-MM-dd} là ngày thường, không cần làm bù (a make-up working day must be a Saturday or Sunday).";

    public static string Invalid(int count, string first) =>
        count == 1 ? first : $"{first} (+{count - 1} lỗi khác / more errors)";
}
