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
}
