using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// The reminder planner over the stored tasks for one day, with what the reminder log says was already sent taken
/// out, as the scan would; reads only, claims and sends nothing.
/// </summary>
public sealed class DryRun(TaskQueries queries, ReminderPlanner planner, ReminderLog log)
{
    public async Task<DryRunView> PlanAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var planned = planner.Plan(await queries.TrackedAsync(null, cancellationToken), day);
        var digests = new List<ReminderDigest>();
        var alreadySent = 0;
        foreach (var digest in planned)
        {
            var unsent = new List<ReminderItem>();
            foreach (var item in digest.Items)
            {
                if (await log.FindClaimAsync(digest.Agency, item, cancellationToken) is null)
                {
                    unsent.Add(item);
                }
                else
                {
                    alreadySent++;
                }
            }

            if (unsent.Count > 0)
            {
                digests.Add(digest with { Items = unsent });
            }
        }

        return new DryRunView(day, digests.Count, digests.Sum(d => d.Items.Count), alreadySent, digests);
    }
}
