using System.Net;

namespace DeadlineBot.Tests.Api;

/// <summary>A document is confirmed once: its content hash identifies it, and a second confirmation is a 409 naming the plan.</summary>
[TestClass]
public sealed class ConfirmOnceTests
{
    [TestMethod]
    public async Task Confirming_the_same_document_again_is_refused_with_the_existing_plan_id()
    {
        await using var host = ApiHost.Create();
        var preview = await PreviewAsync(host, "001_241023ceb20e6f40.txt");
        Assert.AreEqual(64, preview["contentHash"]!.GetValue<string>().Length);

        var first = await (await host.Client().SendRawAsync(HttpMethod.Post, "/api/plans", preview.ToJsonString())).JsonAsync(HttpStatusCode.Created);
        var again = await host.Client().SendRawAsync(HttpMethod.Post, "/api/plans", preview.ToJsonString());

        var planId = first["plan"]!["id"]!.GetValue<string>();
        var problem = await again.AssertProblemAsync(HttpStatusCode.Conflict, "contentHash");
        StringAssert.Contains(problem["detail"]!.GetValue<string>(), planId);
        Assert.HasCount(1, await host.Storage.Plans.ListAsync(default));
    }

    [TestMethod]
    public async Task A_document_whose_plan_was_deleted_can_be_confirmed_again()
    {
        await using var host = ApiHost.Create();
        var preview = await PreviewAsync(host, "003_524c104fcb22be71.txt");
        var first = await (await host.Client().SendRawAsync(HttpMethod.Post, "/api/plans", preview.ToJsonString())).JsonAsync(HttpStatusCode.Created);
        await host.Client().DeleteAsync(new Uri($"/api/plans/{first["plan"]!["id"]!.GetValue<string>()}", UriKind.Relative));

        var again = await host.Client().SendRawAsync(HttpMethod.Post, "/api/plans", preview.ToJsonString());

        await again.JsonAsync(HttpStatusCode.Created);
    }

    [TestMethod]
    public async Task Two_different_documents_are_two_plans()
    {
        await using var host = ApiHost.Create();

        foreach (var name in new[] { "000_fae38e40f0f29f03.txt", "004_ba5b8fd20c499393.txt" })
        {
            var preview = await PreviewAsync(host, name);
            await (await host.Client().SendRawAsync(HttpMethod.Post, "/api/plans", preview.ToJsonString())).JsonAsync(HttpStatusCode.Created);
        }

        Assert.HasCount(2, await host.Storage.Plans.ListAsync(default));
    }

    private static Task<System.Text.Json.Nodes.JsonNode> PreviewAsync(ApiHost host, string name) => Previews.OfFixtureAsync(host, Path.Combine("Samples", name));
}
