namespace DeadlineBot.Functions.Exports;

/// <summary>Every Vietnamese word an export writes: headers, sheet titles and file names, in one place.</summary>
public static class ExportWords
{
    public const string DateFormat = "dd/MM/yyyy";

    /// <summary>Excel's own spelling of <see cref="DateFormat"/> for a cell's number format.</summary>
    public const string ExcelDateFormat = "dd/mm/yyyy";

    public const string TasksSheet = "Công việc";
    public const string StatisticsSheet = "Thống kê";

    public static IReadOnlyList<ExportColumn> TaskColumns { get; } =
    [
        new("STT", 6),
        new("Kế hoạch", 36),
        new("Nhiệm vụ", 60),
        new("Kỳ", 18),
        new("Cơ quan chủ trì", 28),
        new("Cơ quan phối hợp", 32),
        new("Hạn hoàn thành", 14),
        new("Số ngày còn lại (âm: quá hạn)", 16),
        new("Tình trạng", 24),
        new("Ngày hoàn thành", 14),
    ];

    public static IReadOnlyList<ExportColumn> StatisticsColumns { get; } =
    [
        new("STT", 6),
        new("Cơ quan chủ trì", 36),
        new("Đã hoàn thành đúng hạn", 14),
        new("Hoàn thành quá hạn", 14),
        new("Quá hạn", 12),
        new("Sắp đến hạn", 12),
        new("Đang thực hiện trong hạn", 14),
        new("Tổng số", 10),
    ];

    /// <summary>The file name before its day and extension (<c>cong-viec-qua-han</c>): ASCII, so every browser keeps it.</summary>
    public static string FileStem(ExportList list) => list switch
    {
        ExportList.Tasks => "cong-viec",
        ExportList.Overdue => "cong-viec-qua-han",
        ExportList.Upcoming => "cong-viec-sap-den-han",
        ExportList.Statistics => "thong-ke-theo-co-quan",
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, "Unknown list."),
    };
}
