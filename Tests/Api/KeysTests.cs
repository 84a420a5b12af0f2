using System.Net;

namespace DeadlineBot.Tests.Api;

[TestClass]
public sealed class KeysTests
{
    private static ApiHost Host => ApiHosts.For<KeysTests>();

    [TestMethod]
    [DataRow("POST", "/api/plans")]
    [DataRow("POST", "/api/plans/preview")]
    [DataRow("DELETE", "/api/plans/p1")]
    [DataRow("POST", "/api/plans/p1/tasks")]
    [DataRow("PUT", "/api/plans/p1/tasks/t1")]
    [DataRow("DELETE", "/api/plans/p1/tasks/t1")]
    [DataRow("POST", "/api/plans/p1/tasks/t1/done")]
    [DataRow("POST", "/api/agencies")]
    [DataRow("PUT", "/api/agencies/so-noi-vu")]
    [DataRow("DELETE", "/api/agencies/so-noi-vu")]
    [DataRow("GET", "/api/reports/statistics")]
    [DataRow("GET", "/api/reports/failures")]
    [DataRow("GET", "/api/reminders/dry-run")]
    public async Task Writes_and_admin_reads_without_a_valid_key_are_401(string method, string url)
    {
        foreach (var key in new[] { null, "wrong-key-0123456789", ApiHost.StaffKey + "x", ApiHost.StaffKey[..^1] })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = Body(url) };
            var response = await Host.Client(key).SendAsync(request);

            await response.AssertStatusProblemAsync(HttpStatusCode.Unauthorized);
            Assert.IsTrue(response.Headers.WwwAuthenticate.ToString().Contains("X-Api-Key", StringComparison.Ordinal));
        }
    }

    /// <summary>A body the route accepts, so that only the key decides: a file for the preview, JSON elsewhere.</summary>
    private static HttpContent Body(string url) =>
        url.EndsWith("/preview", StringComparison.Ordinal)
            ? new ByteArrayContent("KẾ HOẠCH"u8.ToArray()) { Headers = { ContentType = new("application/octet-stream") } }
            : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");

    [TestMethod]
    [DataRow("/api/reports/statistics")]
    [DataRow("/api/reports/failures")]
    [DataRow("/api/reminders/dry-run")]
    public async Task Admin_reads_with_a_staff_key_are_403_and_200_with_an_admin_key(string url)
    {
        var staff = await Host.Client(ApiHost.StaffKey).GetAsync(new Uri(url, UriKind.Relative));
        var admin = await Host.Client(ApiHost.AdminKey).GetAsync(new Uri(url, UriKind.Relative));

        await staff.AssertStatusProblemAsync(HttpStatusCode.Forbidden);
        Assert.AreEqual(HttpStatusCode.OK, admin.StatusCode, await admin.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task An_admin_key_may_do_what_staff_do()
    {
        var response = await Host.Client(ApiHost.AdminKey).PostJsonAsync("/api/agencies", Sample.Agency("Sở Tư pháp"));

        Assert.AreEqual(HttpStatusCode.Created, response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    [DataRow("/api/plans")]
    [DataRow("/api/reports/overdue")]
    [DataRow("/api/health")]
    [DataRow("/api/openapi/v1.json")]
    public async Task Plain_reads_need_no_key(string url) =>
        Assert.AreEqual(HttpStatusCode.OK, (await Host.Client(key: null).GetAsync(new Uri(url, UriKind.Relative))).StatusCode);

    [TestMethod]
    public async Task Agency_contacts_need_a_key_to_read() =>
        Assert.AreEqual(HttpStatusCode.Unauthorized, (await Host.Client(key: null).GetAsync(new Uri("/api/agencies", UriKind.Relative))).StatusCode);
}
