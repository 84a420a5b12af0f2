using System.Net;
using System.Text.Json.Nodes;

namespace DeadlineBot.Tests.Api;

/// <summary>
/// The preview lists the new agencies (bodies the directory does not know) and the confirmation carries staff's decision
/// on each: accepted ones enter the directory, renamed ones give way to the agency named, refused ones stay on the task.
/// </summary>
[TestClass]
public sealed class PlanPreviewAgenciesTests
{
    private const string Sample = "001_241023ceb20e6f40.txt";

    [TestMethod]
    public async Task The_preview_lists_new_bodies_with_their_tasks_and_no_group_phrase()
    {
        await using var host = ApiHost.Create();
        var preview = await PreviewAsync(host);

        var listed = preview["newAgencies"]!.AsArray();
        Assert.IsNotEmpty(listed);
        var tasks = preview["tasks"]!.AsArray();
        foreach (var agency in listed)
        {
            var name = agency!["name"]!.GetValue<string>();
            Assert.IsFalse(name.StartsWith("các ", StringComparison.OrdinalIgnoreCase) || name.Contains(',', StringComparison.Ordinal), name);
            foreach (var index in agency["tasks"]!.AsArray().Select(i => i!.GetValue<int>()))
            {
                var task = tasks[index]!;
                CollectionAssert.Contains(Names(task, "lead").Concat(Names(task, "cooperating")).ToList(), name, $"task {index}");
            }
        }
    }

    [TestMethod]
    public async Task An_agency_already_in_the_directory_is_not_new()
    {
        await using var host = ApiHost.Create();
        var first = (await PreviewAsync(host))["newAgencies"]!.AsArray()[0]!["name"]!.GetValue<string>();
        await (await host.Client().PostJsonAsync("/api/agencies", Api.Sample.Agency(first, "vanthu@example.gov.vn"))).JsonAsync(HttpStatusCode.Created);

        var again = await PreviewAsync(host);

        Assert.IsFalse(again["newAgencies"]!.AsArray().Any(a => a!["name"]!.GetValue<string>() == first));
    }

    [TestMethod]
    public async Task Accepted_renamed_and_refused_names_land_where_staff_said()
    {
        await using var host = ApiHost.Create();
        await (await host.Client().PostJsonAsync("/api/agencies", Api.Sample.Agency("Sở Nội vụ", "vanthu@snv.example.gov.vn"))).JsonAsync(HttpStatusCode.Created);
        var preview = await PreviewAsync(host);
        var names = preview["newAgencies"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()).ToList();
        Assert.IsGreaterThanOrEqualTo(3, names.Count, string.Join(" | ", names));
        var (accepted, renamed, refused) = (names[0], names[1], names[2]);
        var decisions = new JsonArray(
            [.. names.Select(n => n == renamed
                ? new JsonObject { ["name"] = n, ["renameTo"] = "so-noi-vu" }
                : new JsonObject { ["name"] = n, ["accept"] = n != refused })]);
        preview["agencies"] = decisions;

        var created = await (await host.Client().SendRawAsync(HttpMethod.Post, "/api/plans", preview.ToJsonString())).JsonAsync(HttpStatusCode.Created);

        var directory = (await host.Storage.Agencies.ListAsync(default)).Select(a => a.Name).ToList();
        CollectionAssert.Contains(directory, accepted);
        CollectionAssert.DoesNotContain(directory, renamed);
        CollectionAssert.DoesNotContain(directory, refused);
        var reported = created["newAgencies"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        CollectionAssert.AreEquivalent(names.Where(n => n != renamed && n != refused).ToList(), reported);
        var stored = created["tasks"]!.AsArray().SelectMany(t => Names(t!, "lead").Concat(Names(t!, "cooperating"))).ToList();
        CollectionAssert.DoesNotContain(stored, renamed);
        CollectionAssert.Contains(stored, "Sở Nội vụ");
        CollectionAssert.Contains(stored, refused);
    }

    [TestMethod]
    public async Task A_new_name_left_undecided_is_refused_and_nothing_is_stored()
    {
        await using var host = ApiHost.Create();
        var preview = await PreviewAsync(host);
        var names = preview["newAgencies"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()).ToList();
        preview["agencies"] = new JsonArray([.. names.Skip(1).Select(n => new JsonObject { ["name"] = n, ["accept"] = true })]);

        var response = await host.Client().SendRawAsync(HttpMethod.Post, "/api/plans", preview.ToJsonString());

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "agencies");
        StringAssert.Contains(problem["detail"]!.GetValue<string>(), names[0]);
        Assert.IsEmpty(await host.Storage.Plans.ListAsync(default));
        Assert.IsEmpty(await host.Storage.Agencies.ListAsync(default));
    }

    [TestMethod]
    [DataRow("{\"name\":\"Sở Nội vụ\"}", "agencies[0].accept")]
    [DataRow("{\"name\":\"Sở Nội vụ\",\"accept\":true,\"renameTo\":\"Sở Tài chính\"}", "agencies[0].accept")]
    [DataRow("{\"accept\":true}", "agencies[0].name")]
    public async Task A_decision_must_name_the_agency_and_say_one_thing(string decision, string field)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Api.Sample.Plan(), ApiHost.Json))!;
        body["agencies"] = new JsonArray(JsonNode.Parse(decision));

        var response = await ApiHosts.For<PlanPreviewAgenciesTests>().Client().SendRawAsync(HttpMethod.Post, "/api/plans", body.ToJsonString());

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [TestMethod]
    public async Task Renaming_to_an_agency_id_the_directory_lacks_is_refused()
    {
        await using var host = ApiHost.Create();
        var preview = await PreviewAsync(host);
        preview["agencies"] = new JsonArray(
            [.. preview["newAgencies"]!.AsArray().Select(a => new JsonObject { ["name"] = a!["name"]!.GetValue<string>(), ["renameTo"] = "khong-co-co-quan-nay" })]);

        var response = await host.Client().SendRawAsync(HttpMethod.Post, "/api/plans", preview.ToJsonString());

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "agencies[0].renameTo");
        Assert.IsEmpty(await host.Storage.Plans.ListAsync(default));
    }

    private static IEnumerable<string> Names(JsonNode task, string field) =>
        task[field]?.AsArray().Select(n => n!.GetValue<string>()) ?? [];

    private static Task<JsonNode> PreviewAsync(ApiHost host) => Previews.OfFixtureAsync(host, Path.Combine("Samples", Sample));
}
