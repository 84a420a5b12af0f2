using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// The keys that make a document a plan once: its content hash and its format-independent identities
/// (<see cref="Core.Plans.PlanIdentity"/>). Adding a claim row is the atomic test; a claim left by a plan since deleted
/// is taken over; a plan keeps the keys of every version it was updated from, so none of them becomes a second plan.
/// </summary>
public sealed class PlanClaims(PlanRepository plans)
{
    /// <summary>
    /// Claims every key for <paramref name="planId"/>. The id of another plan that holds one of them (the keys this call
    /// took are released again), or null when all are now the plan's.
    /// </summary>
    public async Task<string?> ClaimAllAsync(string planId, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var taken = new List<string>();
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var (owner, fresh) = await ClaimAsync(key, planId, cancellationToken);
            if (owner is not null)
            {
                await ReleaseAsync(planId, taken, CancellationToken.None);
                return owner;
            }

            if (fresh)
            {
                taken.Add(key);
            }
        }

        return null;
    }

    /// <summary>Releases the given keys if <paramref name="planId"/> still holds them; all its keys when null.</summary>
    public async Task ReleaseAsync(string planId, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken)
    {
        foreach (var (key, etag) in await plans.ClaimsOfAsync(planId, cancellationToken))
        {
            if (keys is null || keys.Contains(key))
            {
                await plans.ReleaseHashAsync(key, etag, cancellationToken);
            }
        }
    }

    /// <summary>The plan that holds <paramref name="key"/> when another one does; whether this call took it.</summary>
    private async Task<(string? Owner, bool Fresh)> ClaimAsync(string key, string planId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if ((await plans.ClaimHashAsync(key, planId, cancellationToken)).Saved)
            {
                return (null, true);
            }

            if (await plans.HashOwnerAsync(key, cancellationToken) is not { } claim)
            {
                continue;
            }

            if (claim.PlanId == planId)
            {
                return (null, false);
            }

            if (await plans.GetAsync(claim.PlanId, cancellationToken) is not null)
            {
                return (claim.PlanId, false);
            }

            await plans.ReleaseHashAsync(key, claim.ETag, cancellationToken);
        }

        var owner = (await plans.HashOwnerAsync(key, cancellationToken))?.PlanId;
        return (owner == planId ? null : owner ?? string.Empty, false);
    }
}
