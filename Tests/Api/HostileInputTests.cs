using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace DeadlineBot.Tests.Api;

/// <summary>The findings of the hostile-input run, one by one: each is now a 4xx naming what is wrong, or harmless.</summary>
[TestClass]
public sealed class HostileInputTests
{
    private static ApiHost Host => ApiHosts.For<HostileInputTests>();

    [TestMethod]
    [DataRow("garbage")]
    [DataRow("\"garbage\"")]
    [DataRow("\"\"")]
    [DataRow("W/")]
    [DataRow("\"a\", \"b\"")]
    [DataRow("*, {etag}")]
    [DataRow("{etag}x")]
    [DataRow("W/\"datetime'2022-13-45T99%3A00%3A00Z'\"")]
    public async Task A_malformed_if_match_is_400_on_every_conditional_write(string ifMatch)
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Sample.Task());
        var agency = (await (await Host.Client().PostJsonAsync("/api/agencies", Sample.Agency("Sở Tư pháp " + Guid.NewGuid().ToString("N")[..6])))
            .JsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        var client = Host.Client();
        var task = $"/api/plans/{planId}/tasks/{taskId}";
        var etag = (await client.GetAsync(task.AsRelative())).Headers.ETag!.ToString();
        var header = ifMatch.Replace("{etag}", etag, StringComparison.Ordinal);

        await (await client.PutJsonAsync(task, Sample.Task("Khác"), header)).AssertProblemAsync(HttpStatusCode.BadRequest, "If-Match");
        await (await client.SendRawAsync(HttpMethod.Delete, task, "{}", header)).AssertProblemAsync(HttpStatusCode.BadRequest, "If-Match");
        await (await client.PutJsonAsync($"/api/agencies/{agency}", Sample.Agency("Khác"), header)).AssertProblemAsync(HttpStatusCode.BadRequest, "If-Match");
        await (await client.SendRawAsync(HttpMethod.Delete, $"/api/agencies/{agency}", "{}", header)).AssertProblemAsync(HttpStatusCode.BadRequest, "If-Match");
        Assert.IsNotNull(await Host.Storage.Tasks.GetAsync(planId, taskId, default));
    }

    [TestMethod]
    public async Task A_well_formed_version_that_is_not_the_stored_one_stays_412()
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Sample.Task());

        var response = await Host.Client().PutJsonAsync($"/api/plans/{planId}/tasks/{taskId}", Sample.Task("Khác"), "W/\"datetime'2001-01-01T00%3A00%3A00.0000000Z'\"");

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "If-Match");
    }

    [TestMethod]
    [DataRow("title", "Sơ kết\uFFFE")]
    [DataRow("title", "\u202Ekết sơ")]
    [DataRow("title", "Sơ\u200B kết")]
    [DataRow("ref", "II.1\uFEFF")]
    public async Task Invisible_and_non_characters_in_text_are_400_naming_the_field(string field, string value)
    {
        var (planId, _) = await Plans.CreateAsync(Host, Sample.Task());
        var task = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Sample.Task(), ApiHost.Json))!;
        task[field] = value;

        var response = await Host.Client().SendRawAsync(HttpMethod.Post, $"/api/plans/{planId}/tasks", Escaped(task.ToJsonString()));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [TestMethod]
    [DataRow("\\ud800")]
    [DataRow("a\\udc00b")]
    public async Task Half_a_surrogate_pair_in_text_is_400_naming_the_field(string escaped)
    {
        var (planId, _) = await Plans.CreateAsync(Host, Sample.Task());

        var response = await Host.Client().SendRawAsync(HttpMethod.Post, $"/api/plans/{planId}/tasks", $$"""{"title":"x","lead":["Sở Nội vụ"],"note":"{{escaped}}"}""");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "note");
    }

    [TestMethod]
    public async Task A_plan_file_with_noncharacters_and_bidi_controls_is_read_without_them()
    {
        var text = "KẾ HOẠCH\nII. NHIỆM VỤ\n1. Tổ chức\uFFFE Hội nghị\u202E tổng kết\n- Cơ quan thực hiện: Sở Nội vụ chủ trì.\n- Thời gian thực hiện: Quý IV năm 2022.\n";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text)) { Headers = { ContentType = new("text/plain") } };

        var response = await Host.Client().PostAsync("/api/plans/preview?fileName=kehoach.txt".AsRelative(), content);

        var body = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, body);
        Assert.IsFalse(body.Contains("\\uFFFE", StringComparison.OrdinalIgnoreCase) || body.Contains("\\u202E", StringComparison.OrdinalIgnoreCase), body);
    }

    [TestMethod]
    [DataRow("multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nKẾ HOẠCH\r\n--x--\r\n")]
    [DataRow("multipart/form-data; boundary=y", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nKẾ HOẠCH\r\n--x--\r\n")]
    [DataRow("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nno end")]
    public async Task A_malformed_multipart_upload_is_400(string contentType, string body)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await Host.Client().PostAsync("/api/plans/preview".AsRelative(), content);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "file");
    }

    [TestMethod]
    public async Task A_multipart_upload_of_more_than_1024_parts_is_400()
    {
        var body = string.Concat(Enumerable.Range(0, 1100).Select(i => $"--x\r\nContent-Disposition: form-data; name=\"f{i}\"\r\n\r\nv\r\n")) + "--x--\r\n";
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        var response = await Host.Client().PostAsync("/api/plans/preview".AsRelative(), content);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "file");
    }

    [TestMethod]
    [DataRow("application/json; charset=bogus")]
    [DataRow("application/json; charset=\"utf-8\"")]
    public async Task A_json_body_in_an_unknown_charset_is_415(string contentType)
    {
        using var content = new ByteArrayContent("{}"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await Host.Client().PostAsync("/api/agencies".AsRelative(), content);

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "Content-Type");
    }

    [TestMethod]
    public async Task A_send_reminder_message_over_64_kb_is_recorded_as_a_failure_not_a_500()
    {
        var message = "{\"digestId\":\"" + new string('d', 70_000) + "\",\"agency\":\"Sở Nội vụ\",\"date\":\"2022-06-01\"}";
        var payload = new JsonObject { ["input"] = message };

        var response = await Host.Client(ApiHost.AdminKey).SendRawAsync(HttpMethod.Post, "/admin/functions/SendReminder", payload.ToJsonString());

        Assert.AreEqual(HttpStatusCode.Accepted, response.StatusCode, await response.Content.ReadAsStringAsync());
        var failures = await Host.Storage.Log.ListFailuresAsync(10, default);
        Assert.IsTrue(failures.Any(f => f.Error.Contains("too large", StringComparison.Ordinal)), string.Join("; ", failures.Select(f => f.Error)));
    }

    [TestMethod]
    public async Task The_completion_page_forbids_scripts_framing_and_sniffing()
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Sample.Task());
        var link = Host.Links.For(Core.Agencies.AgencyId.FromName("Sở Nội vụ"), planId, taskId, new DateOnly(2022, 6, 1));

        var response = await Host.Client(key: null).GetAsync(link.PathAndQuery.AsRelative());

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        StringAssert.Contains(response.Headers.GetValues("Content-Security-Policy").Single(), "default-src 'none'");
        StringAssert.Contains(response.Headers.GetValues("Content-Security-Policy").Single(), "frame-ancestors 'none'");
        Assert.AreEqual("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.AreEqual("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    /// <summary>JSON with every non-ASCII character escaped, so that lone surrogates arrive as written.</summary>
    private static string Escaped(string json) =>
        string.Concat(json.Select(c => c > '~' ? $"\\u{(int)c:x4}" : c.ToString()));
}
