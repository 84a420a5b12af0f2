using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace DeadlineBot.Tests.Api;

[TestClass]
public sealed class PlansApiTests
{
    private static ApiHost Host => ApiHosts.For<PlansApiTests>();

    [TestMethod]
    public async Task A_confirmed_preview_stores_the_plan_its_tasks_and_the_agencies_not_yet_known()
    {
        var client = Host.Client();

        var created = await (await client.PostJsonAsync("/api/plans", Sample.Plan())).JsonAsync(HttpStatusCode.Created);

        var planId = created["plan"]!["id"]!.GetValue<string>();
        var tasks = await Host.Storage.Tasks.ListByPlanAsync(planId, default);
        Assert.HasCount(1, tasks);
        Assert.AreEqual("Tổ chức Hội nghị tổng kết", tasks[0].Title);
        Assert.AreEqual(new DateOnly(2022, 12, 31), tasks[0].Schedules.Single().Due);
        Assert.AreEqual("đang thực hiện trong hạn", created["tasks"]![0]!["statusWord"]!.GetValue<string>());
        var names = (await Host.Storage.Agencies.ListAsync(default)).Select(a => a.Name).ToList();
        var expected = new[] { "Sở Nội vụ", "Sở Tài chính", "UBND tỉnh" }.Select(Core.Agencies.AgencyDirectory.Default.Canonical).ToArray();
        CollectionAssert.IsSubsetOf(expected, names);
    }

    [TestMethod]
    public async Task A_stored_plan_is_listed_read_with_its_tasks_and_deleted_with_them()
    {
        var client = Host.Client();
        var created = await (await client.PostJsonAsync("/api/plans", Sample.Plan(Sample.Task(), Sample.Task("Báo cáo sơ kết")))).JsonAsync(HttpStatusCode.Created);
        var planId = created["plan"]!["id"]!.GetValue<string>();

        var list = await (await client.GetAsync(new Uri("/api/plans", UriKind.Relative))).JsonAsync(HttpStatusCode.OK);
        var one = await (await client.GetAsync(new Uri($"/api/plans/{planId}", UriKind.Relative))).JsonAsync(HttpStatusCode.OK);
        var stateBefore = (await Host.Storage.PlanStates.ReadAsync(default)).ContainsKey(planId);
        var deleted = await client.DeleteAsync(new Uri($"/api/plans/{planId}", UriKind.Relative));

        Assert.IsTrue(list.AsArray().Any(p => p!["id"]!.GetValue<string>() == planId));
        Assert.HasCount(2, one["tasks"]!.AsArray());
        Assert.AreEqual(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.IsNull(await Host.Storage.Plans.GetAsync(planId, default));
        Assert.IsEmpty(await Host.Storage.Tasks.ListByPlanAsync(planId, default));
        Assert.IsTrue(stateBefore, "its open tasks recorded the plan open");
        Assert.IsFalse((await Host.Storage.PlanStates.ReadAsync(default)).ContainsKey(planId), "the plan's scan state goes with it");
    }

    [TestMethod]
    public async Task A_task_without_schedules_has_its_deadline_text_read_again_relative_to_the_plan_date()
    {
        var task = new { title = "Xây dựng quy chế", lead = new[] { "Sở Nội vụ" }, deadlineText = "Quý IV năm 2022" };

        var created = await (await Host.Client().PostJsonAsync("/api/plans", Sample.Plan(task))).JsonAsync(HttpStatusCode.Created);

        Assert.AreEqual("Quý IV năm 2022", created["tasks"]![0]!["deadlineText"]!.GetValue<string>());
        Assert.AreEqual("1", created["tasks"]![0]!["ref"]!.GetValue<string>());
    }

    [TestMethod]
    [DataRow("{\"plan\": {\"title\": \"x\"}, \"tasks\": [", "tasks[0]")]
    [DataRow("{\"plan\": {\"title\": \"x\"}, \"tasks\": [{\"title\": 5}]}", "tasks[0].title")]
    [DataRow("{\"plan\": {\"title\": \"x\"}, \"tasks\": [{\"title\": \"t\", \"lead\": [\"Sở Nội vụ\"], \"schedules\": [{\"kind\": \"Someday\"}]}]}", "tasks[0].schedules[0].kind")]
    [DataRow("{\"tasks\": []}", "plan")]
    [DataRow("{\"plan\": {\"title\": \"x\"}}", "tasks")]
    [DataRow("{\"plan\": {\"title\": \"x\"}, \"tasks\": [{\"lead\": [\"Sở Nội vụ\"]}]}", "tasks[0].title")]
    [DataRow("{\"plan\": {\"title\": \"x\"}, \"tasks\": [{\"title\": \"t\", \"lead\": [\"' or 1 eq 1 or PartitionKey eq '\"]}]}", "tasks[0].lead[0]")]
    [DataRow("{\"plan\": {\"title\": \"x\"}, \"tasks\": [{\"title\": \"t\", \"lead\": [\"Sở Nội vụ\"], \"schedules\": [{\"kind\": \"Range\", \"start\": \"2022-06-30\", \"due\": \"2022-01-01\"}]}]}", "tasks[0].schedules[0].due")]
    [DataRow("{\"plan\": {\"title\": \"x\"}, \"tasks\": [{\"title\": \"t\", \"lead\": [\"Sở Nội vụ\"], \"schedules\": [{\"kind\": \"Recurring\"}]}]}", "tasks[0].schedules[0].recurrence")]
    [DataRow("{\"plan\": {\"title\": \"x\", \"date\": \"0001-01-01\"}, \"tasks\": []}", "plan.date")]
    [DataRow("{\"plan\": {\"title\": \"x\"}, \"tasks\": [{\"title\": \"t\", \"schedules\": [{\"kind\": \"Recurring\", \"start\": \"9999-01-01\", \"recurrence\": {\"unit\": \"Year\"}}]}]}", "tasks[0].schedules[0].start")]
    [DataRow("{\"plan\": {\"title\": \"x\"}, \"tasks\": [{\"title\": \"t\", \"schedules\": [{\"kind\": \"Due\", \"due\": \"2022-02-30\"}]}]}", "tasks[0].schedules[0].due")]
    [DataRow("", "body")]
    public async Task A_refused_confirmation_names_the_field_and_stores_nothing(string json, string field)
    {
        await using var host = ApiHost.Create();

        var response = await host.Client().SendRawAsync(HttpMethod.Post, "/api/plans", json);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.IsEmpty(await host.Storage.Plans.ListAsync(default));
        Assert.IsEmpty(await host.Storage.Agencies.ListAsync(default));
    }

    [TestMethod]
    public async Task A_title_of_a_megabyte_is_refused_by_name_and_nothing_is_stored()
    {
        await using var host = ApiHost.Create();
        var huge = new string('a', 1024 * 1024);

        var response = await host.Client().PostJsonAsync("/api/plans", Sample.Plan(Sample.Task(title: huge)));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "tasks[0].title");
        Assert.IsEmpty(await host.Storage.Plans.ListAsync(default));
    }

    [TestMethod]
    [DataRow("/api/plans/no-such-plan")]
    [DataRow("/api/plans/' or 1 eq 1 or PartitionKey eq '")]
    public async Task An_unknown_plan_is_a_404_naming_the_plan_id(string url)
    {
        var response = await Host.Client().GetAsync(new Uri(url, UriKind.Relative));

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "planId");
    }

    [TestMethod]
    public async Task A_raw_upload_without_a_file_name_is_refused_by_name()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("KẾ HOẠCH"));

        var response = await Host.Client().PostAsync(new Uri("/api/plans/preview", UriKind.Relative), content);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "fileName");
    }

    [TestMethod]
    public async Task A_multipart_upload_without_a_file_is_refused_by_name()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "note" } };

        var response = await Host.Client().PostAsync(new Uri("/api/plans/preview", UriKind.Relative), form);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "file");
    }

    [TestMethod]
    [DynamicData(nameof(SampleNames))]
    public async Task A_sample_plan_previews_into_tasks_without_storing_and_confirms_as_previewed(string name)
    {
        await using var host = ApiHost.Create();

        var preview = await PreviewAsync(host, name);
        Assert.IsEmpty(await host.Storage.Plans.ListAsync(default), "a preview stores nothing");
        var confirmed = await host.Client().SendRawAsync(HttpMethod.Post, "/api/plans", preview.ToJsonString());

        var detail = await confirmed.JsonAsync(HttpStatusCode.Created);
        Assert.HasCount(preview["tasks"]!.AsArray().Count, detail["tasks"]!.AsArray());
        var planId = detail["plan"]!["id"]!.GetValue<string>();
        Assert.HasCount(preview["tasks"]!.AsArray().Count, await host.Storage.Tasks.ListByPlanAsync(planId, default));
    }

    [TestMethod]
    public async Task The_preview_shows_which_occurrences_confirming_today_would_track()
    {
        var preview = await PreviewAsync(Host, "004_ba5b8fd20c499393.txt");

        var yearly = preview["occurrences"]!.AsArray().Where(o => o!["ref"]!.GetValue<string>() == "II.3.b")
            .Select(o => (o!["occurrence"]!.GetValue<string>(), o["tracked"]!.GetValue<bool>())).ToArray();
        CollectionAssert.AreEqual(new[] { ("2021", false), ("2022", true) }, yearly);
    }

    private static async Task<JsonNode> PreviewAsync(ApiHost host, string name)
    {
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(SampleFolder, name)));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", name);
        return await (await host.Client().PostAsync(new Uri("/api/plans/preview", UriKind.Relative), form)).JsonAsync(HttpStatusCode.OK);
    }

    [TestMethod]
    [DataRow("000_fae38e40f0f29f03.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [DataRow("004_ba5b8fd20c499393.pdf", "application/pdf")]
    public async Task Word_and_pdf_uploads_preview_as_the_text_does(string name, string mediaType)
    {
        var text = Path.Combine(SampleFolder, Path.ChangeExtension(name, ".txt"));
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Plans", "Samples", name)));
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        form.Add(file, "file", name);
        using var raw = new ByteArrayContent(await File.ReadAllBytesAsync(text));

        var binary = await (await Host.Client().PostAsync(new Uri("/api/plans/preview", UriKind.Relative), form)).JsonAsync(HttpStatusCode.OK);
        var plain = await (await Host.Client().PostAsync(new Uri($"/api/plans/preview?fileName={Path.GetFileName(text)}", UriKind.Relative), raw)).JsonAsync(HttpStatusCode.OK);

        Assert.HasCount(plain["tasks"]!.AsArray().Count, binary["tasks"]!.AsArray());
    }

    [TestMethod]
    public async Task A_raw_body_with_a_file_name_previews_like_an_upload()
    {
        var name = SampleNames.First()[0].ToString()!;
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(SampleFolder, name)));

        var preview = await (await Host.Client().PostAsync(new Uri($"/api/plans/preview?fileName={name}", UriKind.Relative), content)).JsonAsync(HttpStatusCode.OK);

        Assert.IsNotEmpty(preview["tasks"]!.AsArray());
    }

    [TestMethod]
    public async Task A_document_that_is_no_plan_is_refused_as_unreadable_by_name()
    {
        using var content = new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0xFE]);

        var response = await Host.Client().PostAsync(new Uri("/api/plans/preview?fileName=ke-hoach.docx", UriKind.Relative), content);

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "file");
    }

    private static string SampleFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Samples");

    public static IEnumerable<object[]> SampleNames =>
        Directory.EnumerateFiles(SampleFolder, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(n => new object[] { n! });
}
