using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Exports;

namespace DeadlineBot.Tests.Exports;

/// <summary>What Excel shows when it opens an exported list: the CSV and the workbook read back.</summary>
[TestClass]
public sealed class ExportWritersTests
{
    private static readonly Func<string, string> Display = name => name == "Sở Nội vụ" ? "Sở Nội vụ tỉnh Hà Giang" : name;

    [TestMethod]
    public async Task A_csv_starts_with_the_byte_order_mark_and_reads_back_with_its_diacritics()
    {
        var bytes = await CsvAsync(ExportSheets.Tasks(TrackingRows.OneOfEachStatus, Display));

        CollectionAssert.AreEqual(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Read(bytes);
        CollectionAssert.AreEqual(ExportWords.TaskColumns.Select(c => c.Header).ToArray(), rows[0]);
        CollectionAssert.AreEqual(
            new[] { "1", "167/KH-UBND – Kế hoạch chuyển đổi số", "Báo cáo kết quả thực hiện", string.Empty, "Sở Nội vụ tỉnh Hà Giang",
                "Sở Tài chính; Sở Nội vụ tỉnh Hà Giang", "20/11/2026", "-9", "quá hạn", string.Empty },
            rows[1]);
        Assert.AreEqual("năm 2026", rows[3][3]);
        Assert.AreEqual("30/10/2026", rows[4][9]);
        Assert.HasCount(6, rows);
    }

    [TestMethod]
    public async Task A_csv_lines_end_in_crlf_and_a_formula_is_escaped()
    {
        var bytes = await CsvAsync(ExportSheets.Tasks(TrackingRows.OneOfEachStatus, Display));
        var text = Encoding.UTF8.GetString(bytes);

        Assert.AreEqual(6, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.IsFalse(Read(bytes)[5][2].StartsWith('='), Read(bytes)[5][2]);
    }

    [TestMethod]
    public async Task A_workbook_has_vietnamese_headers_a_frozen_filtered_header_and_real_dates()
    {
        using var workbook = await XlsxAsync(ExportSheets.Tasks(TrackingRows.OneOfEachStatus, Display));
        var sheet = workbook.Worksheet(1);

        Assert.AreEqual(ExportWords.TasksSheet, sheet.Name);
        CollectionAssert.AreEqual(
            ExportWords.TaskColumns.Select(c => c.Header).ToArray(),
            Enumerable.Range(1, ExportWords.TaskColumns.Count).Select(c => sheet.Cell(1, c).GetString()).ToArray());
        Assert.AreEqual(1, sheet.SheetView.SplitRow, "the header row is frozen");
        Assert.IsTrue(sheet.AutoFilter.IsEnabled);
        Assert.AreEqual("A1:J6", sheet.AutoFilter.Range.RangeAddress.ToString());
        var due = sheet.Cell(2, 7);
        Assert.AreEqual(XLDataType.DateTime, due.DataType);
        Assert.AreEqual(new DateTime(2026, 11, 20), due.GetDateTime());
        Assert.AreEqual("dd/mm/yyyy", due.Style.NumberFormat.Format);
        Assert.AreEqual(XLDataType.Number, sheet.Cell(2, 8).DataType);
        Assert.AreEqual(-9, sheet.Cell(2, 8).GetValue<int>());
        Assert.IsTrue(sheet.Cell(2, 9).IsEmpty() is false);
        Assert.IsTrue(sheet.Cell(2, 10).IsEmpty());
        Assert.IsGreaterThan(40, sheet.Column(3).Width, "the task column is wide enough to read");
    }

    [TestMethod]
    [DataRow(2, TrackingStatus.Overdue)]
    [DataRow(3, TrackingStatus.DueSoon)]
    [DataRow(4, TrackingStatus.InTime)]
    [DataRow(5, TrackingStatus.DoneOnTime)]
    [DataRow(6, TrackingStatus.DoneLate)]
    public async Task A_status_cell_shows_its_word_on_its_colour(int row, TrackingStatus status)
    {
        using var workbook = await XlsxAsync(ExportSheets.Tasks(TrackingRows.OneOfEachStatus, Display));
        var cell = workbook.Worksheet(1).Cell(row, 9);

        Assert.AreEqual(TrackingWords.Of(status), cell.GetString());
        Assert.AreEqual("FF" + TrackingColors.Of(status), cell.Style.Fill.BackgroundColor.Color.ToArgb().ToString("X8", System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestMethod]
    public async Task A_workbook_keeps_a_formula_like_title_as_text()
    {
        using var workbook = await XlsxAsync(ExportSheets.Tasks(TrackingRows.OneOfEachStatus, Display));
        var cell = workbook.Worksheet(1).Cell(6, 3);

        Assert.IsFalse(cell.HasFormula);
        Assert.AreEqual("=HYPERLINK(\"http://x\")", cell.GetString());
    }

    [TestMethod]
    public async Task Statistics_export_one_row_per_agency_with_its_counts()
    {
        AgencyStatistics[] rows = [new("so-noi-vu", "Sở Nội vụ", 1, 2, 3, 4, 5)];
        var names = (Func<string, string>)(id => id == "so-noi-vu" ? "Sở Nội vụ" : id);

        using var workbook = await XlsxAsync(ExportSheets.Statistics(rows, names));
        var csv = Read(await CsvAsync(ExportSheets.Statistics(rows, names)));

        var sheet = workbook.Worksheet(ExportWords.StatisticsSheet);
        Assert.AreEqual("Sở Nội vụ", sheet.Cell(2, 2).GetString());
        Assert.AreEqual(15, sheet.Cell(2, 8).GetValue<int>());
        CollectionAssert.AreEqual(new[] { "1", "Sở Nội vụ", "1", "2", "3", "4", "5", "15" }, csv[1]);
    }

    private static async Task<byte[]> CsvAsync(ExportSheet sheet)
    {
        using var stream = new MemoryStream();
        await CsvSheetWriter.WriteAsync(stream, sheet, CancellationToken.None);
        return stream.ToArray();
    }

    private static async Task<XLWorkbook> XlsxAsync(ExportSheet sheet)
    {
        var stream = new MemoryStream();
        await XlsxSheetWriter.WriteAsync(stream, sheet, CancellationToken.None);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    private static List<string[]> Read(byte[] bytes)
    {
        using var reader = CsvReader.Create(new MemoryStream(bytes), new CsvReaderOptions { HasHeader = false }, false);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }
}
