namespace DeadlineBot.Functions.Exports;

/// <summary>A file a list can be exported to (see <see cref="ExportFormats"/> for names, content types and extensions).</summary>
public enum ExportFormat
{
    /// <summary>UTF-8 with a byte order mark, comma-separated, CRLF lines: opens with its diacritics in Excel.</summary>
    Csv,

    /// <summary>An Excel workbook: real dates, status colours, frozen header, autofilter.</summary>
    Xlsx,
}
