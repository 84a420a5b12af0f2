using System.Net;

namespace DeadlineBot.Tests.Api;

/// <summary>Confirming a plan adds to the directory only the bodies it does not know, never a group phrase.</summary>
[TestClass]
public sealed class PlanAgenciesTests
{
    private static ApiHost Host => ApiHosts.For<PlanAgenciesTests>();

    [TestMethod]
    public async Task Group_phrases_stay_on_the_task_and_never_become_directory_entries()
    {
        string[] groups = ["các Sở, ngành liên quan", "các chuyên gia", "UBND các huyện, thành phố", "các tổ chức phi chính phủ"];
        var task = new { title = "Tổ chức hội thảo", lead = new[] { "Sở Văn hóa Thể thao Du lịch tỉnh Kon Tum" }, cooperating = groups, deadlineText = "Quý IV năm 2022" };

        var created = await (await Host.Client().PostJsonAsync("/api/plans", Sample.Plan(task))).JsonAsync(HttpStatusCode.Created);

        var names = (await Host.Storage.Agencies.ListAsync(default)).Select(a => a.Name).ToList();
        Assert.IsFalse(names.Any(groups.Contains), string.Join(" | ", names));
        CollectionAssert.Contains(names, "Sở Văn hóa Thể thao Du lịch tỉnh Kon Tum");
        CollectionAssert.AreEqual(groups, created["tasks"]![0]!["cooperating"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray());
    }
}
