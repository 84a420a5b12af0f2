using System.Net;

namespace DeadlineBot.Tests.Api;

/// <summary>Stores a plan through the API and returns the ids the tests need.</summary>
internal static class Plans
{
    public static async Task<(string PlanId, string TaskId)> CreateAsync(ApiHost host, params object[] tasks)
    {
        var created = await (await host.Client().PostJsonAsync("/api/plans", Sample.Plan(tasks))).JsonAsync(HttpStatusCode.Created);
        return (created["plan"]!["id"]!.GetValue<string>(), created["tasks"]![0]!["id"]!.GetValue<string>());
    }

    /// <summary>Staff report the plan's task titled <paramref name="title"/> done (no body: today, no note).</summary>
    public static async Task ReportDoneAsync(ApiHost host, string planId, string title)
    {
        var done = (await host.Storage.Tasks.ListByPlanAsync(planId, default)).Single(t => t.Title == title);
        var reported = await host.Client().PostAsync($"/api/plans/{planId}/tasks/{done.Id}/done".AsRelative(), content: null);
        Assert.AreEqual(HttpStatusCode.OK, reported.StatusCode, "a done report needs no body: " + await reported.Content.ReadAsStringAsync());
    }
}
