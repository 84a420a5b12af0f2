using System.Net;

namespace DeadlineBot.Tests.Api;

[TestClass]
public sealed class TasksApiTests
{
    private static ApiHost Host => ApiHosts.For<TasksApiTests>();

    [TestMethod]
    public async Task A_task_is_created_read_with_its_etag_replaced_and_deleted()
    {
        var (planId, _) = await Plans.CreateAsync(Host, Sample.Task());
        var client = Host.Client();

        var created = await client.PostJsonAsync($"/api/plans/{planId}/tasks", Sample.Task("Tập huấn cán bộ", due: "2022-09-30"));
        var taskId = (await created.JsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        var read = await client.GetAsync(new Uri($"/api/plans/{planId}/tasks/{taskId}", UriKind.Relative));
        var etag = read.Headers.ETag!.ToString();
        var replaced = await client.PutJsonAsync($"/api/plans/{planId}/tasks/{taskId}", Sample.Task("Tập huấn cán bộ cơ sở"), etag);
        var body = await replaced.JsonAsync(HttpStatusCode.OK);
        var deleted = await client.DeleteAsync(new Uri($"/api/plans/{planId}/tasks/{taskId}", UriKind.Relative));

        Assert.AreEqual(HttpStatusCode.OK, read.StatusCode);
        Assert.AreEqual("Tập huấn cán bộ cơ sở", body["title"]!.GetValue<string>());
        Assert.AreEqual(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.IsNull(await Host.Storage.Tasks.GetAsync(planId, taskId, default));
    }

    [TestMethod]
    public async Task A_replace_with_a_stale_etag_is_refused_with_412_and_changes_nothing()
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Sample.Task());
        var client = Host.Client();
        var url = $"/api/plans/{planId}/tasks/{taskId}";
        var etag = (await client.GetAsync(new Uri(url, UriKind.Relative))).Headers.ETag!.ToString();
        await (await client.PutJsonAsync(url, Sample.Task("Lần sửa thứ nhất"), etag)).JsonAsync(HttpStatusCode.OK);

        var second = await client.PutJsonAsync(url, Sample.Task("Lần sửa thứ hai"), etag);

        await second.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "If-Match");
        Assert.AreEqual("Lần sửa thứ nhất", (await Host.Storage.Tasks.GetAsync(planId, taskId, default))!.Title);
    }

    [TestMethod]
    public async Task A_replace_with_if_match_star_replaces_whatever_version_is_stored()
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Sample.Task());

        var response = await Host.Client().PutJsonAsync($"/api/plans/{planId}/tasks/{taskId}", Sample.Task("Bản mới"), "*");

        Assert.AreEqual("Bản mới", (await response.JsonAsync(HttpStatusCode.OK))["title"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task A_replace_without_if_match_is_refused_with_428()
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Sample.Task());

        var response = await Host.Client().PutJsonAsync($"/api/plans/{planId}/tasks/{taskId}", Sample.Task("Khác"), ifMatch: null);

        await response.AssertProblemAsync(HttpStatusCode.PreconditionRequired, "If-Match");
    }

    [TestMethod]
    public async Task Staff_report_a_task_done_and_it_shows_done_on_time()
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Sample.Task());

        var response = await Host.Client().PostJsonAsync($"/api/plans/{planId}/tasks/{taskId}/done", new { note = "Đã tổ chức" });

        var body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.AreEqual("DoneOnTime", body["status"]!.GetValue<string>());
        Assert.AreEqual(new DateOnly(2022, 6, 1), (await Host.Storage.Tasks.GetAsync(planId, taskId, default))!.DoneOn);
        var report = (await Host.Storage.Tasks.ListReportsAsync(planId, taskId, default)).Single();
        Assert.AreEqual("staff:test-staff", report.ReportedBy);
    }

    [TestMethod]
    public async Task A_done_date_in_the_future_is_refused_by_name()
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Sample.Task());

        var response = await Host.Client().PostJsonAsync($"/api/plans/{planId}/tasks/{taskId}/done", new { doneOn = "2022-07-01" });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "doneOn");
        Assert.IsNull((await Host.Storage.Tasks.GetAsync(planId, taskId, default))!.DoneOn);
    }

    [TestMethod]
    [DataRow("title", "Dòng một\r\nDòng hai")]
    [DataRow("lead[0]", Sample.Injection)]
    public async Task A_refused_task_names_the_field_and_is_not_stored(string field, string value)
    {
        var (planId, _) = await Plans.CreateAsync(Host, Sample.Task());
        var task = field == "title" ? Sample.Task(title: value) : Sample.Task(lead: value);

        var response = await Host.Client().PostJsonAsync($"/api/plans/{planId}/tasks", task);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.HasCount(1, await Host.Storage.Tasks.ListByPlanAsync(planId, default));
    }

    [TestMethod]
    [DataRow("title", "   ")]
    [DataRow("lead[0]", "Sở Nội vụ\r\nBcc: x@example.com")]
    public async Task A_refused_replacement_names_the_field_and_leaves_the_task_as_it_was(string field, string value)
    {
        var (planId, taskId) = await Plans.CreateAsync(Host, Sample.Task());
        var url = $"/api/plans/{planId}/tasks/{taskId}";
        var etag = (await Host.Client().GetAsync(new Uri(url, UriKind.Relative))).Headers.ETag!.ToString();
        var task = field == "title" ? Sample.Task(title: value) : Sample.Task(lead: value);

        var response = await Host.Client().PutJsonAsync(url, task, etag);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, field);
        var stored = await Host.Storage.Tasks.GetAsync(planId, taskId, default);
        Assert.AreEqual("Tổ chức Hội nghị tổng kết", stored!.Title);
        CollectionAssert.AreEqual(new[] { "Sở Nội vụ" }, stored.Lead.ToArray());
    }

    [TestMethod]
    public async Task A_task_added_by_hand_must_name_its_lead()
    {
        var (planId, _) = await Plans.CreateAsync(Host, Sample.Task());

        var response = await Host.Client().PostJsonAsync($"/api/plans/{planId}/tasks", new { title = "Không ai chủ trì" });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "lead");
        Assert.HasCount(1, await Host.Storage.Tasks.ListByPlanAsync(planId, default));
    }

    [TestMethod]
    [DataRow("GET", "/api/plans/{plan}/tasks/no-such-task", "taskId")]
    [DataRow("GET", "/api/plans/no-such-plan/tasks", "planId")]
    [DataRow("POST", "/api/plans/no-such-plan/tasks", "planId")]
    [DataRow("DELETE", "/api/plans/{plan}/tasks/no-such-task", "taskId")]
    [DataRow("POST", "/api/plans/{plan}/tasks/no-such-task/done", "taskId")]
    [DataRow("GET", "/api/plans/{plan}/tasks/' or 1 eq 1 or PartitionKey eq '", "taskId")]
    public async Task Unknown_ids_are_404_naming_the_id(string method, string url, string field)
    {
        var (planId, _) = await Plans.CreateAsync(Host, Sample.Task());
        var json = method == "GET" || method == "DELETE" ? null : System.Text.Json.JsonSerializer.Serialize(Sample.Task(), ApiHost.Json);
        using var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("{plan}", planId, StringComparison.Ordinal));
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        var response = await Host.Client().SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.NotFound, field);
    }
}
