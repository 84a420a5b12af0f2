using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace DeadlineBot.Tests.Api;

/// <summary>
/// A revised version of a confirmed plan is re-imported as an update: the preview shows what changed and stores nothing;
/// applying it keeps the matched tasks (ids, reports), adds the new one, and the revised document is then known (409).
/// </summary>
[TestClass]
public sealed class PlanUpdateTests
{
    private const string Original = "003_524c104fcb22be71.txt";
    private const string Inserted =
        "b) Rà soát, bổ sung quy chế phối hợp giữa Liên hiệp các Hội KH&KT tỉnh với các cơ quan chuyên môn về ứng dụng tiến bộ kỹ thuật.\n\n"
        + "- Cơ quan thực hiện: Liên hiệp các Hội KH&KT tỉnh chủ trì.\n\n"
        + "- Thời gian thực hiện hoàn thành, báo cáo UBND tỉnh: Quý III năm 2022.\n\n"
        + "c) Hoàn thiện cơ chế đảm bảo kinh phí";

    [TestMethod]
    public async Task The_update_preview_lists_the_inserted_task_and_the_changed_deadline_and_stores_nothing()
    {
        await using var host = ApiHost.Create();
        var planId = await ConfirmOriginalAsync(host);

        var diff = await UpdatePreviewAsync(host, planId, Revised());

        Assert.HasCount(1, diff["added"]!.AsArray());
        Assert.AreEqual("II.3.b", diff["added"]![0]!["ref"]!.GetValue<string>());
        Assert.IsEmpty(diff["removed"]!.AsArray());
        var changed = diff["changed"]!.AsArray();
        Assert.HasCount(1, changed, changed.ToJsonString());
        Assert.AreEqual("II.2.a", changed[0]!["ref"]!.GetValue<string>());
        Assert.AreEqual("[\"deadline\"]", changed[0]!["fields"]!.ToJsonString());
        Assert.AreEqual(11, diff["unchanged"]!.GetValue<int>());
        Assert.AreEqual(diff["preview"]!["contentHash"]!.GetValue<string>(), diff["contentHash"]!.GetValue<string>());
        Assert.HasCount(12, await host.Storage.Tasks.ListByPlanAsync(planId, default));
    }

    [TestMethod]
    public async Task Applying_the_update_keeps_ids_and_reports_adds_the_new_task_and_makes_the_revision_known()
    {
        await using var host = ApiHost.Create();
        var planId = await ConfirmOriginalAsync(host);
        var before = await host.Storage.Tasks.ListByPlanAsync(planId, default);
        var renumbered = before.Single(t => t.Ref == "II.3.b");
        var changed = before.Single(t => t.Ref == "II.2.a");
        foreach (var task in new[] { renumbered, changed })
        {
            await (await host.Client().PostJsonAsync($"/api/plans/{planId}/tasks/{task.Id}/done", new { note = "Đã xong" })).JsonAsync(HttpStatusCode.OK);
        }

        var diff = await UpdatePreviewAsync(host, planId, Revised());
        var applied = await host.Client().SendRawAsync(HttpMethod.Post, $"/api/plans/{planId}/update", diff["preview"]!.ToJsonString(), diff["eTag"]!.GetValue<string>());

        await applied.JsonAsync(HttpStatusCode.OK);
        var after = await host.Storage.Tasks.ListByPlanAsync(planId, default);
        Assert.HasCount(13, after);
        var moved = after.Single(t => t.Id == renumbered.Id);
        Assert.AreEqual("II.3.c", moved.Ref);
        Assert.HasCount(1, moved.Completions);
        var revised = after.Single(t => t.Id == changed.Id);
        Assert.AreEqual("Quý II năm 2023", revised.DeadlineText);
        Assert.HasCount(1, revised.Completions);
        Assert.AreEqual(new DateOnly(2023, 6, 30), revised.FirstDue);
        Assert.IsTrue(after.Count(t => before.All(b => b.Id != t.Id)) == 1);
        Assert.AreEqual(diff["contentHash"]!.GetValue<string>(), (await host.Storage.Plans.GetAsync(planId, default))!.ContentHash);

        var again = await host.Client().SendRawAsync(HttpMethod.Post, "/api/plans", diff["preview"]!.ToJsonString());
        var problem = await again.AssertProblemAsync(HttpStatusCode.Conflict, "contentHash");
        StringAssert.Contains(problem["detail"]!.GetValue<string>(), $"/api/plans/{planId}/update");
    }

    [TestMethod]
    public async Task Of_two_updates_from_the_same_version_only_one_applies()
    {
        await using var host = ApiHost.Create();
        var planId = await ConfirmOriginalAsync(host);
        var diff = await UpdatePreviewAsync(host, planId, Revised());
        var body = diff["preview"]!.ToJsonString();
        var etag = diff["eTag"]!.GetValue<string>();

        var responses = await Task.WhenAll(
            host.Client().SendRawAsync(HttpMethod.Post, $"/api/plans/{planId}/update", body, etag),
            host.Client().SendRawAsync(HttpMethod.Post, $"/api/plans/{planId}/update", body, etag));

        CollectionAssert.AreEquivalent(
            new[] { HttpStatusCode.OK, HttpStatusCode.PreconditionFailed }, responses.Select(r => r.StatusCode).ToArray());
        Assert.HasCount(13, await host.Storage.Tasks.ListByPlanAsync(planId, default));
    }

    [TestMethod]
    public async Task An_update_needs_if_match_and_a_plan_that_exists()
    {
        var host = ApiHosts.For<PlanUpdateTests>();
        var body = System.Text.Json.JsonSerializer.Serialize(Sample.Plan(), ApiHost.Json);
        var (planId, _) = await Plans.CreateAsync(host);

        await (await host.Client().SendRawAsync(HttpMethod.Post, $"/api/plans/{planId}/update", body)).AssertProblemAsync(HttpStatusCode.PreconditionRequired, "If-Match");
        await (await host.Client().SendRawAsync(HttpMethod.Post, "/api/plans/nosuchplan/update", body, "*")).AssertProblemAsync(HttpStatusCode.NotFound, "planId");
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Revised()));
        var preview = await host.Client().PostAsync(new Uri("/api/plans/nosuchplan/update/preview?fileName=x.txt", UriKind.Relative), content);
        await preview.AssertProblemAsync(HttpStatusCode.NotFound, "planId");
    }

    private static string Revised()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Samples", Original));
        var revised = text
            .Replace("b) Hoàn thiện cơ chế đảm bảo kinh phí", Inserted, StringComparison.Ordinal)
            .Replace("báo cáo UBND tỉnh: Quý IV năm 2022.", "báo cáo UBND tỉnh: Quý II năm 2023.", StringComparison.Ordinal);
        Assert.AreNotEqual(text, revised);
        return revised;
    }

    private static async Task<string> ConfirmOriginalAsync(ApiHost host)
    {
        var preview = await Previews.OfFixtureAsync(host, Path.Combine("Samples", Original));
        var created = await (await host.Client().SendRawAsync(HttpMethod.Post, "/api/plans", preview.ToJsonString())).JsonAsync(HttpStatusCode.Created);
        Assert.HasCount(12, created["tasks"]!.AsArray());
        return created["plan"]!["id"]!.GetValue<string>();
    }

    private static Task<JsonNode> UpdatePreviewAsync(ApiHost host, string planId, string text) =>
        Previews.PostAsync(host, $"/api/plans/{planId}/update/preview", "003-sua-doi.txt", Encoding.UTF8.GetBytes(text));
}
