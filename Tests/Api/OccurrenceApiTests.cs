using System.Net;
using System.Text.Json.Nodes;
using DeadlineBot.Core.Agencies;

namespace DeadlineBot.Tests.Api;

/// <summary>A yearly task (05/12 each year from 2021) in a plan confirmed on 1/6/2022 (the fake clock), through the API.</summary>
[TestClass]
public sealed class OccurrenceApiTests
{
    private static readonly AgencyId Home = AgencyId.FromName("Sở Nội vụ");

    private static ApiHost Host => ApiHosts.For<OccurrenceApiTests>();

    [TestMethod]
    public async Task Each_occurrence_of_a_yearly_task_is_reported_on_its_own_and_the_note_is_kept_and_shown()
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Yearly(day: 5));
        var staff = Host.Client();

        var reported = await staff.PostJsonAsync($"/api/plans/{planId}/tasks/{taskId}/done", new { occurrence = "2021", note = "Đã gửi Báo cáo số 12/BC-SNV" });
        var occurrences = await OccurrencesAsync(planId, taskId);
        var page = await Host.Client(key: null).GetAsync(Host.Links.For(Home, planId, taskId, new DateOnly(2022, 6, 1), "2021").PathAndQuery.AsRelative());
        var unknown = await staff.PostJsonAsync($"/api/plans/{planId}/tasks/{taskId}/done", new { occurrence = "2019-Q3" });

        Assert.AreEqual(HttpStatusCode.OK, reported.StatusCode, await reported.Content.ReadAsStringAsync());
        var rows = occurrences.AsArray().Select(o => (o!["id"]!.GetValue<string>(), o["statusWord"]!.GetValue<string>(), o["note"]?.GetValue<string>())).ToArray();
        CollectionAssert.AreEqual(new[] { ("2021", "hoàn thành quá hạn", "Đã gửi Báo cáo số 12/BC-SNV"), ("2022", "đang thực hiện trong hạn", (string?)null) }, rows);
        Assert.Contains("Ghi chú: Đã gửi Báo cáo số 12/BC-SNV", await page.Content.ReadAsStringAsync());
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound, "occurrence");
    }

    [TestMethod]
    public async Task An_edit_that_moves_the_rule_moves_the_open_occurrences_not_the_reported_one()
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Yearly(day: 5));
        var staff = Host.Client();
        await (await staff.PostJsonAsync($"/api/plans/{planId}/tasks/{taskId}/done", new { occurrence = "2021" })).JsonAsync(HttpStatusCode.OK);
        var url = $"/api/plans/{planId}/tasks/{taskId}";
        var etag = (await staff.GetAsync(url.AsRelative())).Headers.ETag!.ToString();

        await (await staff.PutJsonAsync(url, Yearly(day: 20), etag)).JsonAsync(HttpStatusCode.OK);

        var dues = (await OccurrencesAsync(planId, taskId)).AsArray().Select(o => (o!["id"]!.GetValue<string>(), o["due"]!.GetValue<string>())).ToArray();
        CollectionAssert.AreEqual(new[] { ("2021", "2021-12-05"), ("2022", "2022-12-20") }, dues);
    }

    [TestMethod]
    public async Task Staff_move_the_day_tracking_of_a_plan_begins()
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Yearly(day: 5));
        var staff = Host.Client();
        var confirmed = await (await staff.GetAsync($"/api/plans/{planId}".AsRelative())).JsonAsync(HttpStatusCode.OK);

        var moved = await (await staff.PutJsonAsync($"/api/plans/{planId}/tracking-from", new { trackingFrom = "2021-01-01" }, null)).JsonAsync(HttpStatusCode.OK);

        Assert.AreEqual("2022-06-01", confirmed["plan"]!["trackingFrom"]!.GetValue<string>());
        Assert.AreEqual("2021-01-01", moved["trackingFrom"]!.GetValue<string>());
        Assert.AreEqual("quá hạn", (await OccurrencesAsync(planId, taskId))[0]!["statusWord"]!.GetValue<string>());
        await (await staff.PutJsonAsync($"/api/plans/{planId}/tracking-from", new { }, null)).AssertProblemAsync(HttpStatusCode.BadRequest, "trackingFrom");
        await (await staff.PutJsonAsync("/api/plans/no-such-plan/tracking-from", new { trackingFrom = "2021-01-01" }, null)).AssertProblemAsync(HttpStatusCode.NotFound, "planId");
    }

    private static object Yearly(int day) => new
    {
        @ref = "II.3.b",
        title = "Báo cáo kết quả thực hiện",
        lead = new[] { "Sở Nội vụ" },
        deadlineText = "Định kỳ trước ngày 05 tháng 12 hằng năm",
        schedules = new[] { new { kind = "Recurring", start = "2021-01-01", recurrence = new { every = 1, unit = "Year", month = 12, day } } },
    };

    private static async Task<JsonNode> OccurrencesAsync(string planId, string taskId) =>
        await (await Host.Client().GetAsync($"/api/plans/{planId}/tasks/{taskId}/occurrences".AsRelative())).JsonAsync(HttpStatusCode.OK);
}
