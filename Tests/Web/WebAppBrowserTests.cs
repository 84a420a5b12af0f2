using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DeadlineBot.Tests.Support;
using Microsoft.Playwright;

namespace DeadlineBot.Tests.Web;

/// <summary>
/// The web app in a real browser (Debian's Chromium through Playwright) against the self-hosted app over Azurite, on
/// 1 August 2022: an admin loads sample 000 as Word, sees its two body/appendix conflicts, fixes a lead, accepts and refuses new agencies,
/// confirms, reads the
/// agency's calendar feed, finds overdue tasks by filter, exports them to XLSX and reports one done; a staff key cannot open the dashboard; a form without its token is
/// refused. Run alone with <c>--filter "FullyQualifiedName~WebAppBrowserTests"</c>.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed partial class WebAppBrowserTests
{
    private static readonly DateTimeOffset Now = DeadlineBotApp.Morning(new DateOnly(2022, 8, 1));
    private static BrowserApp _app = null!;

    private static string Sample000 => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Plans", "Samples", "000_fae38e40f0f29f03.docx");

    [ClassInitialize]
    public static void Start(TestContext context) => _app = BrowserApp.Start(Now);

    [ClassCleanup]
    public static async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task An_admin_loads_a_plan_reviews_it_and_follows_a_task_to_done()
    {
        await using var browser = await _app.BrowserAsync();
        var page = await _app.SignInAsync(browser, BrowserApp.AdminKey);
        Assert.AreEqual("Tổng quan", await page.Locator("h1").InnerTextAsync());

        // Upload sample 000 as Word: the preview shows its two conflicts next to their rows.
        await page.GotoAsync(_app.Web("plans"));
        await page.GetByLabel("Tệp kế hoạch").SetInputFilesAsync(Sample000);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đọc kế hoạch" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Xem trước kế hoạch");
        var conflicted = page.Locator("tbody.conflict");
        await Assertions.Expect(conflicted).ToHaveCountAsync(2);
        StringAssert.Contains(await conflicted.First.InnerTextAsync(), "Quý I năm 2022");
        await conflicted.First.ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeAsync(page, "plan-preview");

        // Fix the first task's lead, and watch its deadline re-read as it is typed.
        var firstRef = await page.Locator("tbody#t0 td").First.InnerTextAsync();
        await page.Locator("tbody#t0 summary").ClickAsync();
        await page.Locator("#t0-lead").FillAsync("Sở Tài chính");
        await page.Locator("#t0-deadline").FillAsync("Quý IV năm 2022");
        await Assertions.Expect(page.Locator("#t0-deadline-read")).ToContainTextAsync("Hạn 31/12/2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cập nhật xem trước" }).ClickAsync();
        await Assertions.Expect(page.Locator("tbody#t0")).ToHaveClassAsync(new Regex("edited"));
        await Assertions.Expect(page.Locator("tbody#t0 > tr").First.Locator("td").Nth(2)).ToHaveTextAsync("Sở Tài chính");
        await Assertions.Expect(page.Locator("tbody.conflict")).ToHaveCountAsync(2);

        // New agencies: the lead typed in joins the list; one cooperating body is refused (it stays written on its task).
        var newAgencies = page.Locator("fieldset.new-agencies");
        await Assertions.Expect(newAgencies.GetByRole(AriaRole.Group, new() { Name = "Sở Tài chính", Exact = true })).ToBeVisibleAsync();
        await newAgencies.GetByRole(AriaRole.Group, new() { Name = "Sở Nội vụ", Exact = true }).GetByLabel("Không thêm").CheckAsync();

        // Confirm: the plan's page lists its tasks in document order, the fixed lead stored.
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận lưu kế hoạch" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu kế hoạch.");
        var firstRow = page.Locator("table.tasks tbody tr").First;
        Assert.AreEqual(firstRef, await firstRow.Locator("td").First.InnerTextAsync());
        var refs = await page.Locator("table.tasks tbody tr td:first-child").AllInnerTextsAsync();
        CollectionAssert.AreEqual(refs.Order(Core.Plans.RefOrder.Instance).ToList(), refs.ToList());
        Assert.AreEqual("Sở Tài chính", await firstRow.Locator("td").Nth(2).InnerTextAsync());

        await page.GotoAsync(_app.Web("agencies"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sở Tài chính", Exact = true }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sở Nội vụ", Exact = true })).ToHaveCountAsync(0);

        // The fixed lead's agency page gives its calendar feed, which a calendar reader (Ical.Net here) reads: the new deadline is in it.
        await page.GotoAsync(_app.Web("agencies"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Sở Tài chính", Exact = true }).First.ClickAsync();
        var feed = new Uri(await page.Locator("input.feed-url").InputValueAsync());
        using (var http = new HttpClient())
        {
            var calendar = Ical.Net.Calendar.Load(await http.GetStringAsync(new Uri(_app.BaseUrl + feed.PathAndQuery)))!;
            Assert.IsTrue(calendar.Events.Any(e => e.DtStart!.Date == new DateOnly(2022, 12, 31)), string.Join(", ", calendar.Events.Select(e => e.DtStart)));
        }

        // Find an overdue task by filter, open it, report it done with a note.
        await page.GotoAsync(_app.Web("tasks"));
        await page.GetByLabel("Tình trạng").SelectOptionAsync(new SelectOptionValue { Label = "quá hạn" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc", Exact = true }).ClickAsync();
        var overdue = page.Locator("table.tasks tbody tr");
        Assert.IsGreaterThan(0, await overdue.CountAsync());
        Assert.AreEqual(await overdue.CountAsync(), await page.Locator("table.tasks tbody .badge.st-overdue").CountAsync());
        await Screenshots.TakeAsync(page, "task-list");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "XLSX" }).ClickAsync());
        StringAssert.EndsWith(download.SuggestedFilename, ".xlsx");
        using (var workbook = new XLWorkbook(new MemoryStream(await File.ReadAllBytesAsync(await download.PathAsync()))))
        {
            var sheet = workbook.Worksheet(1);
            Assert.AreEqual("Nhiệm vụ", sheet.Cell(1, 3).GetString());
            var exported = Enumerable.Range(2, await overdue.CountAsync()).Select(r => sheet.Cell(r, 3).GetString()).Order().ToList();
            CollectionAssert.AreEqual((await overdue.Locator("td a").AllInnerTextsAsync()).Order().ToList(), exported);
            Assert.IsTrue(sheet.Cell(await overdue.CountAsync() + 2, 3).IsEmpty(), "no row beyond the list's");
        }

        var oneOff = overdue.Filter(new() { HasNot = page.Locator("span.muted") }).First;
        var title = await oneOff.Locator("td a").InnerTextAsync();
        await oneOff.Locator("td a").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await page.GetByLabel("Ghi chú").First.FillAsync("Đã ban hành văn bản số 12/BC-SNV");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận đã hoàn thành" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận hoàn thành.");
        await Assertions.Expect(page.Locator("ul.reports")).ToContainTextAsync("Đã ban hành văn bản số 12/BC-SNV");
        await Assertions.Expect(page.Locator("dl.facts .badge")).ToHaveTextAsync("hoàn thành quá hạn");

        await page.GotoAsync(_app.Web("admin"));
        await Assertions.Expect(page.Locator("table.bars tbody tr")).Not.ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "dashboard");
    }

    [TestMethod]
    public async Task A_conflicting_edit_is_shown_beside_the_stored_version_not_lost()
    {
        await using var browser = await _app.BrowserAsync();
        var page = await _app.SignInAsync(browser, BrowserApp.StaffKey);
        var taskUrl = await AnyTaskAsync(page);
        var other = await browser.NewPageAsync();
        await other.GotoAsync(taskUrl);

        await page.GetByLabel("Nội dung nhiệm vụ").FillAsync("Sửa lần thứ nhất");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu.");
        await other.GetByLabel("Nội dung nhiệm vụ").FillAsync("Sửa lần thứ hai");
        var response = await other.RunAndWaitForResponseAsync(
            () => other.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.AreEqual(409, response.Status);
        await Assertions.Expect(other.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Sửa lần thứ nhất");
        await Assertions.Expect(other.GetByLabel("Nội dung nhiệm vụ")).ToHaveValueAsync("Sửa lần thứ hai");
    }

    [TestMethod]
    public async Task A_staff_key_cannot_open_the_dashboard()
    {
        await using var browser = await _app.BrowserAsync();
        var page = await _app.SignInAsync(browser, BrowserApp.StaffKey);
        await Assertions.Expect(page.Locator("nav")).Not.ToContainTextAsync("Tổng quan");

        var response = await page.GotoAsync(_app.Web("admin"));

        Assert.AreEqual(403, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Không có quyền truy cập");
    }

    [TestMethod]
    public async Task A_form_without_its_token_is_refused()
    {
        await using var browser = await _app.BrowserAsync();
        var page = await _app.SignInAsync(browser, BrowserApp.StaffKey);
        await page.GotoAsync(_app.Web("agencies"));
        await page.GotoAsync(_app.Web("plans"));
        await page.Locator("form.upload input[name=__RequestVerificationToken]").EvaluateAsync("input => input.remove()");
        await page.GetByLabel("Tệp kế hoạch").SetInputFilesAsync(Sample000);

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Đọc kế hoạch" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.AreEqual(400, response.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Biểu mẫu không hợp lệ");
    }

    [TestMethod]
    public async Task Pages_carry_the_security_headers_and_need_a_sign_in()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        var response = await http.GetAsync(new Uri(_app.Web("tasks")));

        Assert.AreEqual(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        StringAssert.Contains(response.Headers.Location!.ToString(), "sign-in");
        var signIn = await http.GetAsync(new Uri(_app.Web("sign-in")));
        var csp = string.Join(" ", signIn.Headers.GetValues("Content-Security-Policy"));
        StringAssert.Contains(csp, "script-src 'self'");
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.AreEqual("DENY", string.Join(" ", signIn.Headers.GetValues("X-Frame-Options")));
        Assert.AreEqual("nosniff", string.Join(" ", signIn.Headers.GetValues("X-Content-Type-Options")));
    }

    /// <summary>The address of a task's page, loading sample 001 first if no plan is stored (000 is the other test's: a document is confirmed once).</summary>
    private static async Task<string> AnyTaskAsync(IPage page)
    {
        await page.GotoAsync(_app.Web("tasks"));
        if (await page.Locator("table.tasks tbody tr").CountAsync() == 0)
        {
            await page.GotoAsync(_app.Web("plans"));
            await page.GetByLabel("Tệp kế hoạch").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Samples", "001_241023ceb20e6f40.txt"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Đọc kế hoạch" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận lưu kế hoạch" }).ClickAsync();
            await page.GotoAsync(_app.Web("tasks"));
        }

        await page.Locator("table.tasks tbody tr td a").Last.ClickAsync();
        await Assertions.Expect(page.Locator("#edit")).ToBeVisibleAsync();
        return page.Url;
    }
}
