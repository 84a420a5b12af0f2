using System.Net;
using System.Text.Json.Nodes;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Tests.Api;

/// <summary>On 1/6/2022 (the fake clock): one task overdue, one due within a week, one later, one done on time.</summary>
[TestClass]
public sealed class ReportsApiTests
{
    private static string s_planId = null!;

    private static ApiHost Host => ApiHosts.For<ReportsApiTests>();

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        (s_planId, _) = await Plans.CreateAsync(
            Host,
            Sample.Task("Quá hạn", lead: "Sở Nội vụ", due: "2022-05-15"),
            Sample.Task("Sắp đến hạn", lead: "Sở Tài chính", due: "2022-06-05"),
            Sample.Task("Còn lâu", lead: "Sở Tài chính", due: "2022-12-31"),
            Sample.Task("Đã xong", lead: "Sở Nội vụ", due: "2022-06-30"));
        await Plans.ReportDoneAsync(Host, s_planId, "Đã xong");
    }

    [TestMethod]
    [DataRow("/api/reports/overdue", new[] { "Quá hạn" })]
    [DataRow("/api/reports/upcoming?days=7", new[] { "Sắp đến hạn" })]
    [DataRow("/api/reports/upcoming", new[] { "Sắp đến hạn" })]
    [DataRow("/api/reports/upcoming?days=366", new[] { "Sắp đến hạn", "Còn lâu" })]
    [DataRow("/api/reports/tasks?agencyId=so-tai-chinh", new[] { "Sắp đến hạn", "Còn lâu" })]
    [DataRow("/api/reports/tasks?status=đã hoàn thành đúng hạn", new[] { "Đã xong" })]
    [DataRow("/api/reports/tasks?status=DueSoon&agencyId=so-tai-chinh", new[] { "Sắp đến hạn" })]
    [DataRow("/api/reports/tasks?period=2022-Q2", new[] { "Quá hạn", "Sắp đến hạn", "Đã xong" })]
    [DataRow("/api/reports/tasks?period=2022-05", new[] { "Quá hạn" })]
    [DataRow("/api/reports/overdue?asOf=2022-07-01", new[] { "Quá hạn", "Sắp đến hạn" })]
    public async Task Lists_show_the_tasks_that_match_soonest_first(string url, string[] titles)
    {
        var rows = await (await Host.Client(key: null).GetAsync(url.AsRelative())).JsonAsync(HttpStatusCode.OK);

        CollectionAssert.AreEqual(titles, Titles(rows));
    }

    [TestMethod]
    public async Task Lists_filter_by_plan()
    {
        var rows = await (await Host.Client(key: null).GetAsync($"/api/reports/overdue?planId={s_planId}".AsRelative())).JsonAsync(HttpStatusCode.OK);

        CollectionAssert.AreEqual(new[] { "Quá hạn" }, Titles(rows));
        Assert.AreEqual("quá hạn", rows[0]!["statusWord"]!.GetValue<string>());
        Assert.AreEqual(-17, rows[0]!["daysLeft"]!.GetValue<int>());
    }

    [TestMethod]
    [DataRow("/api/reports/tasks?status=xong", "status")]
    [DataRow("/api/reports/tasks?agencyId=' or 1 eq 1", "agencyId")]
    [DataRow("/api/reports/upcoming?days=-1", "days")]
    [DataRow("/api/reports/overdue?planId=no-such-plan", "planId")]
    [DataRow("/api/reports/tasks?plan=168", "plan")]
    [DataRow("/api/reports/overdue?agency=so-noi-vu", "agency")]
    [DataRow("/api/reports/overdue?days=7", "days")]
    [DataRow("/api/reports/tasks?period=2026-13", "period")]
    [DataRow("/api/reports/tasks?asOf=01/06/2022", "asOf")]
    public async Task A_bad_filter_is_refused_by_name(string url, string field)
    {
        var response = await Host.Client(key: null).GetAsync(url.AsRelative());

        await response.AssertProblemAsync(response.StatusCode == HttpStatusCode.NotFound ? HttpStatusCode.NotFound : HttpStatusCode.BadRequest, field);
    }

    [TestMethod]
    public async Task Statistics_count_each_lead_agencys_tasks_by_status()
    {
        var rows = await (await Host.Client(ApiHost.AdminKey).GetAsync("/api/reports/statistics".AsRelative())).JsonAsync(HttpStatusCode.OK);

        var home = rows.AsArray().Single(r => r!["agencyId"]!.GetValue<string>() == "so-noi-vu")!;
        var finance = rows.AsArray().Single(r => r!["agencyId"]!.GetValue<string>() == "so-tai-chinh")!;
        Assert.AreEqual((1, 1, 0), (home["overdue"]!.GetValue<int>(), home["doneOnTime"]!.GetValue<int>(), home["inTime"]!.GetValue<int>()));
        Assert.AreEqual((0, 1, 1), (finance["overdue"]!.GetValue<int>(), finance["dueSoon"]!.GetValue<int>(), finance["inTime"]!.GetValue<int>()));
    }

    [TestMethod]
    public async Task The_dry_run_shows_what_would_be_sent_that_day_less_what_was_sent_already()
    {
        var admin = Host.Client(ApiHost.AdminKey);
        var url = "/api/reminders/dry-run?date=2022-12-01".AsRelative();

        var before = await (await admin.GetAsync(url)).JsonAsync(HttpStatusCode.OK);
        var plan = await Host.Storage.Plans.GetAsync(s_planId, default);
        var tracked = (await Host.Storage.Tasks.ListByPlanAsync(s_planId, default)).Select(t => t.ToTracked(plan));
        var digest = ReminderPlanner.Default.Plan(tracked, new DateOnly(2022, 12, 1)).Single();
        await Host.Storage.Log.TryClaimAsync(digest.Agency, digest.Items.Single(), "earlier-scan", ApiHost.Start, default);
        var after = await (await admin.GetAsync(url)).JsonAsync(HttpStatusCode.OK);

        Assert.AreEqual(1, before["emails"]!.GetValue<int>());
        Assert.AreEqual("Còn lâu", before["digests"]![0]!["items"]![0]!["title"]!.GetValue<string>());
        Assert.AreEqual((0, 1), (after["emails"]!.GetValue<int>(), after["alreadySent"]!.GetValue<int>()));
        Assert.IsEmpty(await Host.Storage.Log.ListDigestsAsync(new DateOnly(2022, 12, 1), default), "a dry run queues nothing");
    }

    [TestMethod]
    [DataRow("2022-13-01")]
    [DataRow("01/06/2022")]
    public async Task A_dry_run_date_that_is_no_date_is_refused_by_name(string date) =>
        await (await Host.Client(ApiHost.AdminKey).GetAsync($"/api/reminders/dry-run?date={date}".AsRelative()))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "date");

    private static string[] Titles(JsonNode rows) => [.. rows.AsArray().Select(r => r!["title"]!.GetValue<string>())];
}
