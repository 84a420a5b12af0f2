namespace DeadlineBot.Functions.Exports;

/// <summary>The query-string names, content types and file extensions of <see cref="ExportFormat"/>.</summary>
public static class ExportFormats
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The names <see cref="TryParse"/> accepts, as a query string writes them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["csv", "xlsx"];

    /// <summary>"csv" or "xlsx" (case aside); false for anything else.</summary>
    public static bool TryParse(string? text, out ExportFormat format)
    {
        format = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "csv":
                format = ExportFormat.Csv;
                return true;
            case "xlsx":
                format = ExportFormat.Xlsx;
                return true;
            default:
                return false;
        }
    }

    public static string ContentType(ExportFormat format) => format == ExportFormat.Csv ? CsvContentType : XlsxContentType;

    public static string Extension(ExportFormat format) => format == ExportFormat.Csv ? ".csv" : ".xlsx";
}
