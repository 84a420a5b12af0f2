using System.Net;
using System.Text;
using DeadlineBot.Functions.Feeds;
using Ical.Net.DataTypes;
using IcalCalendar = Ical.Net.Calendar;

namespace DeadlineBot.Tests.Api;

/// <summary>
/// Agencies' calendar feeds on 1/6/2022: Sở Nội vụ has one task overdue, one due on 5/6 and one done; Sở Tài chính
/// one due at the end of the year. Reminders go out 30, 14, 7, 3, 1 and 0 days before a due date.
/// </summary>
[TestClass]
public sealed class FeedsApiTests
{
    private static readonly int[] PolicyDays = [0, 1, 3, 7, 14, 30];

    private static ApiHost Host => ApiHosts.For<FeedsApiTests>();

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        var (planId, _) = await Plans.CreateAsync(
            Host,
            Sample.Task("Báo cáo quá hạn", lead: "Sở Nội vụ", due: "2022-05-15"),
            Sample.Task("Rà soát; thủ tục, hành chính", lead: "Sở Nội vụ", due: "2022-06-05"),
            Sample.Task("Đã xong", lead: "Sở Nội vụ", due: "2022-06-30"),
            Sample.Task("Kế hoạch tài chính", lead: "Sở Tài chính", due: "2022-12-31"));
        await Plans.ReportDoneAsync(Host, planId, "Đã xong");
    }

    [TestMethod]
    public async Task A_feed_lists_the_agencys_open_work_as_all_day_events_with_the_policys_alarms()
    {
        var response = await Host.Client(key: null).GetAsync(await FeedUrlAsync("so-noi-vu"));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.AreEqual("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.AreEqual("utf-8", response.Content.Headers.ContentType.CharSet);
        var calendar = IcalCalendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.AreEqual("PUBLISH", calendar.Method);
        Assert.AreEqual(FeedWords.ProductId, calendar.ProductId);
        Assert.AreEqual("Hạn công việc – Sở Nội vụ", calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.AreEqual(FeedWords.TimeZone, calendar.TimeZones.Single().TzId);
        CollectionAssert.AreEqual(
            new[] { "Báo cáo quá hạn", "Rà soát; thủ tục, hành chính" },
            calendar.Events.OrderBy(e => e.DtStart!.Date).Select(e => e.Summary).ToArray());
        var due = calendar.Events.Single(e => e.Summary == "Rà soát; thủ tục, hành chính");
        Assert.IsFalse(due.DtStart!.HasTime, "an all-day event");
        Assert.AreEqual(new DateOnly(2022, 6, 5), due.DtStart.Date);
        Assert.AreEqual(new DateOnly(2022, 6, 6), due.DtEnd!.Date);
        Assert.AreEqual(ApiHost.Start.UtcDateTime, due.DtStamp!.AsUtc);
        StringAssert.Contains(due.Description, "Tình trạng: sắp đến hạn");
        StringAssert.Contains(due.Description, "Kế hoạch: 168/KH-UBND – Kế hoạch thực hiện");
        StringAssert.Contains(due.Description, "/api/complete/so-noi-vu/");
        CollectionAssert.AreEquivalent(
            PolicyDays.Select(d => Duration.FromHours((-d * 24) + AgencyCalendar.AlarmHour).ToTimeSpanUnspecified()).ToArray(),
            due.Alarms.Select(a => a.Trigger!.Duration!.Value.ToTimeSpanUnspecified()).ToArray());
        Assert.IsTrue(due.Alarms.All(a => a.Action == "DISPLAY" && !string.IsNullOrEmpty(a.Description)));
    }

    [TestMethod]
    public async Task A_feed_is_strict_rfc5545_text_with_stable_uids()
    {
        var url = await FeedUrlAsync("so-noi-vu");
        var first = await (await Host.Client(key: null).GetAsync(url)).Content.ReadAsStringAsync();
        var second = await (await Host.Client(key: null).GetAsync(url)).Content.ReadAsStringAsync();

        Assert.IsFalse(first.Replace("\r\n", string.Empty, StringComparison.Ordinal).Contains('\n', StringComparison.Ordinal), "lines end in CRLF");
        Assert.IsTrue(first.Split("\r\n").All(line => Encoding.UTF8.GetByteCount(line) <= 75), "long lines are folded");
        StringAssert.Contains(first, "SUMMARY:Rà soát\\; thủ tục\\, hành chính");
        StringAssert.StartsWith(first, "BEGIN:VCALENDAR\r\n");
        StringAssert.Contains(first, "VERSION:2.0");
        CollectionAssert.AreEqual(Uids(first), Uids(second));
        Assert.HasCount(2, Uids(first).Distinct());
    }

    [TestMethod]
    [DataRow("sig=AAAA")]
    [DataRow("")]
    public async Task A_tampered_or_missing_signature_finds_nothing(string query)
    {
        var url = await FeedUrlAsync("so-noi-vu");
        var path = url.ToString()[..url.ToString().IndexOf('?', StringComparison.Ordinal)];
        var tampered = new Uri(path + (query.Length == 0 ? string.Empty : "?" + query), UriKind.Relative);

        var response = await Host.Client(key: null).GetAsync(tampered);

        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Báo cáo", await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task Another_agencys_signature_opens_nothing()
    {
        var own = await FeedUrlAsync("so-noi-vu");
        var other = new Uri(own.ToString().Replace("so-noi-vu", "so-tai-chinh", StringComparison.Ordinal));

        Assert.AreEqual(HttpStatusCode.NotFound, (await Host.Client(key: null).GetAsync(other)).StatusCode);
    }

    [TestMethod]
    public async Task Revoking_a_feed_ends_its_old_urls_and_the_next_url_works()
    {
        var old = await FeedUrlAsync("so-tai-chinh");
        Assert.AreEqual(old, await FeedUrlAsync("so-tai-chinh"), "the URL stays the same until revoked");

        var revoked = await Host.Client().DeleteAsync("/api/agencies/so-tai-chinh/feed".AsRelative());
        var renewed = await FeedUrlAsync("so-tai-chinh");

        Assert.AreEqual(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.AreEqual(HttpStatusCode.NotFound, (await Host.Client(key: null).GetAsync(old)).StatusCode);
        Assert.AreNotEqual(old, renewed);
        var calendar = IcalCalendar.Load(await (await Host.Client(key: null).GetAsync(renewed)).Content.ReadAsStringAsync())!;
        Assert.AreEqual("Kế hoạch tài chính", calendar.Events.Single().Summary);
    }

    [TestMethod]
    public async Task Feed_urls_need_a_staff_key_and_a_known_agency()
    {
        var anonymous = await Host.Client(key: null).PostAsync("/api/agencies/so-noi-vu/feed".AsRelative(), content: null);
        var revokeAnonymous = await Host.Client(key: null).DeleteAsync("/api/agencies/so-noi-vu/feed".AsRelative());
        var unknown = await Host.Client().PostAsync("/api/agencies/no-such-agency/feed".AsRelative(), content: null);

        await anonymous.AssertStatusProblemAsync(HttpStatusCode.Unauthorized);
        await revokeAnonymous.AssertStatusProblemAsync(HttpStatusCode.Unauthorized);
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound, "agencyId");
    }

    private static async Task<Uri> FeedUrlAsync(string agencyId)
    {
        var response = await Host.Client().PostAsync($"/api/agencies/{agencyId}/feed".AsRelative(), content: null);
        var url = new Uri((await response.JsonAsync(HttpStatusCode.OK))["url"]!.GetValue<string>());
        StringAssert.StartsWith(url.AbsolutePath, $"/api/feeds/agencies/{agencyId}.ics");
        return new Uri(url.PathAndQuery, UriKind.Relative);
    }

    private static string[] Uids(string text) =>
        [.. text.Split("\r\n").Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
}
