using System.Net;
using System.Text.Json.Nodes;

namespace DeadlineBot.Tests.Api;

/// <summary>One plan saved as Word and as PDF is one plan: confirming the second format is refused like the same file twice.</summary>
[TestClass]
public sealed class CrossFormatTests
{
    [TestMethod]
    [DataRow("Plans/Samples/000_fae38e40f0f29f03.docx", "Plans/Samples/000_fae38e40f0f29f03.pdf")]
    [DataRow("Samples/001_241023ceb20e6f40.txt", "Plans/LibreOffice/001_241023ceb20e6f40.pdf")]
    [DataRow("Plans/Samples/004_ba5b8fd20c499393.docx", "Plans/LibreOffice/004_ba5b8fd20c499393.pdf")]
    [DataRow("Plans/Samples/003_524c104fcb22be71.pdf", "Samples/003_524c104fcb22be71.txt")]
    public async Task Confirming_the_plan_in_another_format_is_refused_with_the_existing_plan(string first, string second)
    {
        await using var host = ApiHost.Create();
        var created = await (await host.Client().SendRawAsync(HttpMethod.Post, "/api/plans", (await PreviewAsync(host, first)).ToJsonString()))
            .JsonAsync(HttpStatusCode.Created);
        var other = await PreviewAsync(host, second);

        var again = await host.Client().SendRawAsync(HttpMethod.Post, "/api/plans", other.ToJsonString());

        var problem = await again.AssertProblemAsync(HttpStatusCode.Conflict, "contentHash");
        StringAssert.Contains(problem["detail"]!.GetValue<string>(), created["plan"]!["id"]!.GetValue<string>());
        Assert.HasCount(1, await host.Storage.Plans.ListAsync(default));
    }

    private static Task<JsonNode> PreviewAsync(ApiHost host, string relative) => Previews.OfFixtureAsync(host, relative);
}
