using System.Net;

namespace DeadlineBot.Tests.Api;

[TestClass]
public sealed class AgenciesApiTests
{
    private static ApiHost Host => ApiHosts.For<AgenciesApiTests>();

    [TestMethod]
    public async Task An_agency_is_added_read_replaced_with_its_etag_and_deleted()
    {
        var client = Host.Client();

        var added = await (await client.PostJsonAsync("/api/agencies", Sample.Agency("Sở Giáo dục và Đào tạo"))).JsonAsync(HttpStatusCode.Created);
        var id = added["id"]!.GetValue<string>();
        var read = await client.GetAsync(new Uri($"/api/agencies/{id}", UriKind.Relative));
        var replaced = await client.PutJsonAsync(
            $"/api/agencies/{id}",
            Sample.Agency("Sở Giáo dục và Đào tạo", "a@sgd.example.gov.vn", "b@sgd.example.gov.vn"),
            read.Headers.ETag!.ToString());
        var body = await replaced.JsonAsync(HttpStatusCode.OK);
        var deleted = await client.DeleteAsync(new Uri($"/api/agencies/{id}", UriKind.Relative));

        Assert.AreEqual("so-giao-duc-va-dao-tao", id);
        Assert.HasCount(2, body["emails"]!.AsArray());
        Assert.AreEqual(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.IsNull(await Host.Storage.Agencies.GetAsync(Core.Agencies.AgencyId.FromName("Sở Giáo dục và Đào tạo"), default));
    }

    [TestMethod]
    public async Task Adding_an_agency_twice_is_a_409_naming_the_name()
    {
        var client = Host.Client();
        await (await client.PostJsonAsync("/api/agencies", Sample.Agency("Sở Y tế"))).JsonAsync(HttpStatusCode.Created);

        var again = await client.PostJsonAsync("/api/agencies", Sample.Agency("Sở Y tế"));

        await again.AssertProblemAsync(HttpStatusCode.Conflict, "name");
    }

    [TestMethod]
    [DataRow("vanthu@sxd.example.gov.vn\r\nBcc: all@example.com", "emails[0]")]
    [DataRow("vanthu@sxd.example.gov.vn\nBcc: all@example.com", "emails[0]")]
    [DataRow("Văn thư <vanthu@sxd.example.gov.vn>", "emails[0]")]
    [DataRow("not-an-address", "emails[0]")]
    [DataRow("a@b.c, d@e.f", "emails[0]")]
    public async Task A_bad_email_address_is_refused_by_name_and_nothing_is_stored(string email, string field)
    {
        var response = await Host.Client().PostJsonAsync("/api/agencies", Sample.Agency("Sở Xây dựng", email));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.IsNull(await Host.Storage.Agencies.GetAsync(Core.Agencies.AgencyId.FromName("Sở Xây dựng"), default));
    }

    [TestMethod]
    [DataRow(Sample.Injection)]
    [DataRow("<img src=x onerror=alert(1)>")]
    [DataRow("Sở\r\nNội vụ")]
    [DataRow("---")]
    public async Task A_bad_name_is_refused_by_name_and_the_directory_is_unchanged(string name)
    {
        var before = (await Host.Storage.Agencies.ListAsync(default)).Count;

        var response = await Host.Client().PostJsonAsync("/api/agencies", Sample.Agency(name));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "name");
        Assert.HasCount(before, await Host.Storage.Agencies.ListAsync(default));
    }

    [TestMethod]
    public async Task Renaming_an_agency_is_refused_because_the_name_is_its_key()
    {
        var client = Host.Client();
        var added = await (await client.PostJsonAsync("/api/agencies", Sample.Agency("Sở Công Thương"))).JsonAsync(HttpStatusCode.Created);

        var response = await client.PutJsonAsync("/api/agencies/so-cong-thuong", Sample.Agency("Sở Công nghiệp"), added["eTag"]!.GetValue<string>());

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "name");
    }

    [TestMethod]
    [DataRow("GET", "/api/agencies/no-such-agency")]
    [DataRow("GET", "/api/agencies/' or 1 eq 1 or PartitionKey eq '")]
    [DataRow("PUT", "/api/agencies/so-khong-co")]
    [DataRow("DELETE", "/api/agencies/so-khong-co")]
    [DataRow("DELETE", "/api/agencies/' or 1 eq 1 or PartitionKey eq '")]
    public async Task An_unknown_agency_is_a_404_naming_the_agency_id(string method, string url)
    {
        var response = method == "PUT"
            ? await Host.Client().PutJsonAsync(url, Sample.Agency("Sở Không Có"), "W/\"datetime'2022-06-01T02%3A00%3A00Z'\"")
            : await Host.Client().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "agencyId");
    }
}
