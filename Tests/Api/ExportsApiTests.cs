using System.Net;
using System.Text;
using ClosedXML.Excel;
using DeadlineBot.Core.Agencies;
using DeadlineBot.Functions.Exports;

namespace DeadlineBot.Tests.Api;

/// <summary>The tracking lists as files (<c>format=csv|xlsx</c>) on 1/6/2022, agencies by their display names.</summary>
[TestClass]
public sealed class ExportsApiTests
{
    private static ApiHost Host => ApiHosts.For<ExportsApiTests>();

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        await Plans.CreateAsync(
            Host,
            Sample.Task("Quá hạn", lead: "Sở Nội vụ", due: "2022-05-15"),
            Sample.Task("Sắp đến hạn", lead: "Sở Nội vụ", due: "2022-06-05"));
        var agencies = Host.Storage.Agencies;
        var home = (await agencies.GetAsync(AgencyId.FromName("Sở Nội vụ"), default))!;
        Assert.IsTrue((await agencies.UpdateAsync(home with { DisplayName = "Sở Nội vụ tỉnh Hà Giang" }, default)).Saved);
    }

    [TestMethod]
    public async Task An_xlsx_export_is_an_attachment_named_by_list_and_day()
    {
        var response = await Host.Client(key: null).GetAsync("/api/reports/overdue?format=xlsx".AsRelative());

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.AreEqual(ExportFormats.XlsxContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.AreEqual("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.AreEqual("cong-viec-qua-han-2022-06-01.xlsx", response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        Assert.AreEqual("Nhiệm vụ", sheet.Cell(1, 3).GetString());
        Assert.AreEqual("Quá hạn", sheet.Cell(2, 3).GetString());
        Assert.AreEqual("Sở Nội vụ tỉnh Hà Giang", sheet.Cell(2, 5).GetString());
        Assert.AreEqual("Sở Tài chính", sheet.Cell(2, 6).GetString());
        Assert.AreEqual(new DateTime(2022, 5, 15), sheet.Cell(2, 7).GetDateTime());
        Assert.AreEqual(-17, sheet.Cell(2, 8).GetValue<int>());
        Assert.IsTrue(sheet.Cell(3, 1).IsEmpty(), "one overdue row");
    }

    [TestMethod]
    public async Task A_csv_export_is_utf8_with_a_byte_order_mark()
    {
        var response = await Host.Client(key: null).GetAsync("/api/reports/upcoming?days=7&format=csv".AsRelative());

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.AreEqual("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.AreEqual("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.AreEqual("cong-viec-sap-den-han-2022-06-01.csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        CollectionAssert.AreEqual(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.HasCount(2, lines);
        StringAssert.StartsWith(lines[0], "STT,Kế hoạch,Nhiệm vụ");
        StringAssert.Contains(lines[1], "Sắp đến hạn");
        StringAssert.Contains(lines[1], "05/06/2022");
    }

    [TestMethod]
    [DataRow("/api/reports/tasks?format=pdf")]
    [DataRow("/api/reports/overdue?format=")]
    [DataRow("/api/reports/statistics?format=json")]
    public async Task An_unknown_format_is_refused_by_name(string url)
    {
        var response = await Host.Client(ApiHost.AdminKey).GetAsync(url.AsRelative());

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "format");
    }

    [TestMethod]
    public async Task Statistics_as_a_file_are_for_admins_only()
    {
        var staff = await Host.Client().GetAsync("/api/reports/statistics?format=xlsx".AsRelative());
        var admin = await Host.Client(ApiHost.AdminKey).GetAsync("/api/reports/statistics?format=xlsx".AsRelative());

        Assert.AreEqual(HttpStatusCode.Forbidden, staff.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, admin.StatusCode);
        Assert.AreEqual("thong-ke-theo-co-quan-2022-06-01.xlsx", admin.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        using var workbook = new XLWorkbook(new MemoryStream(await admin.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(ExportWords.StatisticsSheet);
        Assert.AreEqual("Sở Nội vụ tỉnh Hà Giang", sheet.Cell(2, 2).GetString());
        Assert.AreEqual(1, sheet.Cell(2, 5).GetValue<int>(), "overdue");
        Assert.AreEqual(1, sheet.Cell(2, 6).GetValue<int>(), "due soon");
    }
}
