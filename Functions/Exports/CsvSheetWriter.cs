using System.Globalization;
using CsvHelper;
using DeadlineBot.Core.Tracking;

namespace DeadlineBot.Functions.Exports;

/// <summary>
/// Writes a sheet as CSV with CsvHelper: UTF-8 with a byte order mark (Excel reads the diacritics right only then),
/// commas, CRLF lines, text with a leading = + - @ escaped so no cell runs as a formula (numbers keep their sign), a header row, dates as dd/MM/yyyy and statuses as their words.
/// </summary>
public static class CsvSheetWriter
{
    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static async Task WriteAsync(Stream stream, ExportSheet sheet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheet);
        await using var csv = CsvWriter.Create(stream, Options, true);
        await csv.WriteRecordAsync([.. sheet.Columns.Select(c => c.Header)], cancellationToken);
        foreach (var row in sheet.Rows)
        {
            foreach (var cell in row)
            {
                if (cell is int number)
                {
                    csv.WriteField(number, default);
                }
                else
                {
                    csv.WriteField(Text(cell));
                }
            }

            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static string Text(object? cell) => cell switch
    {
        null => string.Empty,
        DateOnly date => date.ToString(ExportWords.DateFormat, CultureInfo.InvariantCulture),
        TrackingStatus status => TrackingWords.Of(status),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
