using System.Globalization;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Api.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeadlineBot.Functions.Api;

/// <summary>What the reminder scan would send on a day (see <see cref="DryRun"/>); sends and records nothing.</summary>
public static class DryRunApi
{
    public static IEndpointRouteBuilder MapDryRun(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reminders/dry-run", DryRunAsync).RequireKey(ApiRoles.Admin).WithTags("Reminders")
            .WithSummary("The digests the planner would send on ?date=YYYY-MM-DD (today when absent); sends nothing.");
        return app;
    }

    private static async Task<Results<Ok<DryRunView>, ProblemHttpResult>> DryRunAsync(
        string? date, DryRun dryRun, TimeProvider time, CancellationToken cancellationToken)
    {
        var day = VietnamTime.Today(time);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return Problems.BadRequest("date", ApiMessages.DateFormat);
        }

        return TypedResults.Ok(await dryRun.PlanAsync(day, cancellationToken));
    }
}
