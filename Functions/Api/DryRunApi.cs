using System.Globalization;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Api.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeadlineBot.Functions.Api;

/// <summary>What the reminder planner would send on a day, over the stored tasks; sends and records nothing.</summary>
public static class DryRunApi
{
    public static IEndpointRouteBuilder MapDryRun(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reminders/dry-run", DryRunAsync).RequireKey(ApiRoles.Admin).WithTags("Reminders")
            .WithSummary("The digests the planner would send on ?date=YYYY-MM-DD (today when absent); sends nothing.");
        return app;
    }

    private static async Task<Results<Ok<DryRunView>, ProblemHttpResult>> DryRunAsync(
        string? date, TaskQueries queries, ReminderPlanner planner, TimeProvider time, CancellationToken cancellationToken)
    {
        var day = VietnamTime.Today(time);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return Problems.BadRequest("date", ApiMessages.DateFormat);
        }

        var digests = planner.Plan(await queries.TrackedAsync(null, cancellationToken), day);
        return TypedResults.Ok(new DryRunView(day, digests.Count, digests.Sum(d => d.Items.Count), digests));
    }
}
