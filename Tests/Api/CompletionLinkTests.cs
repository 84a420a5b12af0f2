using System.Net;
using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace DeadlineBot.Tests.Api;

[TestClass]
public sealed class CompletionLinkTests
{
    private static readonly AgencyId Home = AgencyId.FromName("Sở Nội vụ");
    private static readonly DateOnly Today = new(2022, 6, 1);
    private static ApiHost Host => ApiHosts.For<CompletionLinkTests>();

    [TestMethod]
    public async Task An_agency_opens_its_link_sees_the_task_and_reports_it_done()
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Sample.Task("Rà soát thủ tục hành chính"));
        var link = Host.Links.For(Home, planId, taskId, Today);
        var client = Host.Client(key: null);

        var page = await client.GetAsync(link.PathAndQuery.AsRelative());
        var html = await page.Content.ReadAsStringAsync();
        Assert.IsNull((await Host.Storage.Tasks.GetAsync(planId, taskId, default))!.DoneOn, "a GET must change nothing");
        var done = await client.PostAsync(link.PathAndQuery.AsRelative(), null);

        Assert.AreEqual(HttpStatusCode.OK, page.StatusCode, html);
        Assert.Contains("Rà soát thủ tục hành chính", html);
        Assert.Contains("<form method=\"post\"", html);
        Assert.AreEqual(HttpStatusCode.OK, done.StatusCode, await done.Content.ReadAsStringAsync());
        Assert.Contains("Đã ghi nhận", await done.Content.ReadAsStringAsync());
        Assert.AreEqual(Today, (await Host.Storage.Tasks.GetAsync(planId, taskId, default))!.DoneOn);
        Assert.AreEqual("agency:so-noi-vu", (await Host.Storage.Tasks.ListReportsAsync(planId, taskId, default)).Single().ReportedBy);
    }

    [TestMethod]
    public async Task A_title_with_markup_is_stored_as_written_and_encoded_on_the_page()
    {
        const string title = "<script>alert(1)</script> Rà soát";
        var (planId, taskId) = await Plans.CreateAsync(Host, Sample.Task(title));
        var link = Host.Links.For(Home, planId, taskId, Today);

        var page = await (await Host.Client(key: null).GetAsync(link.PathAndQuery.AsRelative())).Content.ReadAsStringAsync();

        Assert.AreEqual(title, (await Host.Storage.Tasks.GetAsync(planId, taskId, default))!.Title);
        Assert.DoesNotContain("<script>", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
    }

    [TestMethod]
    public async Task The_link_in_a_reminder_email_is_the_signed_link_and_completes_the_task()
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Sample.Task());
        var links = Host.Services.GetRequiredService<IReportLinks>();
        var item = new ReminderItem(taskId, planId, "II.1.a", "Nhiệm vụ", null, Today, ReminderKind.Before, 30, false, null, "k");

        var link = links.LinkFor(Home, item, Today);
        var response = await Host.Client(key: null).PostAsync(link.PathAndQuery.AsRelative(), null);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.AreEqual(Today, (await Host.Storage.Tasks.GetAsync(planId, taskId, default))!.DoneOn);
    }

    [TestMethod]
    public async Task A_link_clicked_twice_changes_nothing_the_second_time()
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Sample.Task());
        var link = Host.Links.For(Home, planId, taskId, Today).PathAndQuery.AsRelative();
        var client = Host.Client(key: null);
        await client.PostAsync(link, null);

        var again = await client.PostAsync(link, null);

        Assert.AreEqual(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("đã được báo cáo hoàn thành", await again.Content.ReadAsStringAsync());
        Assert.HasCount(1, await Host.Storage.Tasks.ListReportsAsync(planId, taskId, default));
    }

    [TestMethod]
    public async Task A_link_for_agency_a_cannot_complete_agency_bs_task()
    {
        var (planId, financeTask) = await Plans.CreateAsync(Host, Sample.Task(lead: "Sở Tài chính"));
        var link = Host.Links.For(Home, planId, financeTask, Today).PathAndQuery.AsRelative();

        var response = await Host.Client(key: null).PostAsync(link, null);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "agencyId");
        Assert.IsNull((await Host.Storage.Tasks.GetAsync(planId, financeTask, default))!.DoneOn);
    }

    [TestMethod]
    public async Task A_link_whose_task_was_swapped_for_another_is_refused_as_tampered()
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Sample.Task(), Sample.Task("Nhiệm vụ khác"));
        var other = (await Host.Storage.Tasks.ListByPlanAsync(planId, default)).Single(t => t.Id != taskId).Id;
        var link = Host.Links.For(Home, planId, taskId, Today).PathAndQuery.Replace(taskId, other, StringComparison.Ordinal);

        var response = await Host.Client(key: null).PostAsync(link.AsRelative(), null);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "sig");
        Assert.IsNull((await Host.Storage.Tasks.GetAsync(planId, other, default))!.DoneOn);
    }

    [TestMethod]
    [DataRow("sig=", "sig=AAAA")]
    [DataRow("expires=2022-07-31", "expires=2099-12-31")]
    [DataRow("&sig=", "&x=")]
    public async Task A_tampered_link_is_refused(string part, string replacement)
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Sample.Task());
        var link = Host.Links.For(Home, planId, taskId, Today).PathAndQuery.Replace(part, replacement, StringComparison.Ordinal);

        var response = await Host.Client(key: null).GetAsync(link.AsRelative());

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "sig");
    }

    [TestMethod]
    public async Task A_link_past_its_last_day_is_refused_as_expired()
    {
        await using var host = ApiHost.Create();
        var (planId, taskId) = await Plans.CreateAsync(host, Sample.Task());
        var link = host.Links.For(Home, planId, taskId, Today).PathAndQuery.AsRelative();
        host.Clock.Advance(TimeSpan.FromDays(60));
        var lastDay = await host.Client(key: null).GetAsync(link);

        host.Clock.Advance(TimeSpan.FromDays(1));
        var response = await host.Client(key: null).PostAsync(link, null);

        Assert.AreEqual(HttpStatusCode.OK, lastDay.StatusCode);
        await response.AssertProblemAsync(HttpStatusCode.Gone, "expires");
        Assert.IsNull((await host.Storage.Tasks.GetAsync(planId, taskId, default))!.DoneOn);
    }

    [TestMethod]
    public async Task A_browser_opening_an_expired_link_gets_a_small_Vietnamese_page_not_json()
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Sample.Task());
        var link = Host.Links.For(Home, planId, taskId, Today.AddDays(-90)).PathAndQuery.AsRelative();
        var browser = Host.Client(key: null);
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml");

        var response = await browser.GetAsync(link);

        Assert.AreEqual(HttpStatusCode.Gone, response.StatusCode);
        Assert.AreEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Liên kết đã hết hạn", await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task An_agency_may_give_a_note_with_its_report_and_the_page_shows_it()
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Sample.Task());
        var link = Host.Links.For(Home, planId, taskId, Today).PathAndQuery.AsRelative();
        using var form = new FormUrlEncodedContent([new("note", "Đã ban hành Quyết định số 15/QĐ-SNV")]);

        var done = await Host.Client(key: null).PostAsync(link, form);

        Assert.AreEqual(HttpStatusCode.OK, done.StatusCode, await done.Content.ReadAsStringAsync());
        Assert.Contains("Ghi chú: Đã ban hành Quyết định số 15/QĐ-SNV", await done.Content.ReadAsStringAsync());
        Assert.AreEqual("Đã ban hành Quyết định số 15/QĐ-SNV", (await Host.Storage.Tasks.ListReportsAsync(planId, taskId, default)).Single().Note);
    }
}
