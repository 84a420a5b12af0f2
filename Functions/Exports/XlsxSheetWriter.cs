using ClosedXML.Excel;
using DeadlineBot.Core.Tracking;

namespace DeadlineBot.Functions.Exports;

/// <summary>
/// Writes a sheet as an Excel workbook with ClosedXML: a bold header row, frozen, with an autofilter over the table;
/// dates as Excel dates shown dd/mm/yyyy; a status cell as its word on its colour (<see cref="TrackingColors"/>);
/// widths from the columns; text is set as text, never read as a formula. ClosedXML saves synchronously, so the workbook is built in memory and copied.
/// </summary>
public static class XlsxSheetWriter
{
    public static async Task WriteAsync(Stream stream, ExportSheet sheet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheet);
        using var buffer = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            Fill(workbook.Worksheets.Add(sheet.Title), sheet);
            workbook.SaveAs(buffer);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(stream, cancellationToken);
    }

    private static void Fill(IXLWorksheet worksheet, ExportSheet sheet)
    {
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            var header = worksheet.Cell(1, c + 1);
            header.Value = sheet.Columns[c].Header;
            worksheet.Column(c + 1).Width = sheet.Columns[c].Width;
        }

        var headerRow = worksheet.Range(1, 1, 1, sheet.Columns.Count);
        headerRow.Style.Font.Bold = true;
        headerRow.Style.Fill.BackgroundColor = XLColor.FromHtml("#D9E1F2");
        headerRow.Style.Alignment.WrapText = true;
        headerRow.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;

        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = sheet.Rows[r];
            for (var c = 0; c < row.Count; c++)
            {
                Write(worksheet.Cell(r + 2, c + 1), row[c]);
            }
        }

        var table = worksheet.Range(1, 1, Math.Max(1, sheet.Rows.Count) + 1, sheet.Columns.Count);
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        worksheet.Range(1, 1, sheet.Rows.Count + 1, sheet.Columns.Count).SetAutoFilter();
        worksheet.SheetView.FreezeRows(1);
    }

    private static void Write(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case DateOnly date:
                cell.Value = date.ToDateTime(TimeOnly.MinValue);
                cell.Style.NumberFormat.Format = ExportWords.ExcelDateFormat;
                return;
            case int number:
                cell.Value = number;
                return;
            case TrackingStatus status:
                cell.Value = TrackingWords.Of(status);
                cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#" + TrackingColors.Of(status));
                return;
            default:
                cell.SetValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                cell.Style.Alignment.WrapText = true;
                return;
        }
    }
}
