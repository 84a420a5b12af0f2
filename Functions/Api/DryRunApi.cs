using System.Globalization;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Functions.Api.Keys;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Api;

/// <summary>What the reminder scan would send on a day (see <see cref="DryRun"/>); sends and records nothing.</summary>
public sealed class DryRunApi(ApiKeys keys, DryRun dryRun, TimeProvider time)
{
    /// <summary>The digests the planner would send on ?date=YYYY-MM-DD (today when absent); sends nothing.</summary>
    [Function("DryRun")]
    public async Task<IResult> DryRunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reminders/dry-run")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (keys.Refuse(request, ApiRoles.Admin) is { } refused)
        {
            return refused;
        }

        var day = VietnamTime.Today(time);
        string? date = request.Query["date"];
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return Problems.BadRequest("date", ApiMessages.DateFormat);
        }

        return TypedResults.Ok(await dryRun.PlanAsync(day, cancellationToken));
    }
}
