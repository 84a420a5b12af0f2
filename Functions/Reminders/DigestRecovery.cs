using DeadlineBot.Functions.Storage;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Reminders;

/// <summary>
/// Repairs digests nobody is moving any more (see <see cref="DigestStates.NeedsRepair"/>): a scan died before queuing
/// (Claimed), the host poisoned or lost the message (Queued, Unknown), or a sender died holding the lease (Sending, its
/// lease expired). Each is queued again under its own id; a digest a delivery is sending is never touched, and every
/// write is conditional on the version read, so a delivery that takes the digest meanwhile wins. Runs with every scan,
/// at start and every five minutes (<see cref="RecoveryTimerFunction"/>); admins re-drive failed digests through it too.
/// </summary>
public sealed class DigestRecovery(
    ReminderLog log,
    ReminderQueues queues,
    DigestDispatcher dispatcher,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<DigestRecovery> logger)
{
    /// <summary>How far back recovery looks for unfinished digests.</summary>
    public const int RecoveryDays = 31;

    /// <summary>Queues again the digests of the last <see cref="RecoveryDays"/> days that need it; returns their ids.</summary>
    public async Task<IReadOnlyList<string>> RecoverAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var unfinished = await log.ListInStatusAsync(today.AddDays(-RecoveryDays), today, DigestStates.Unfinished, cancellationToken);
        var stale = unfinished.Where(d => DigestStates.NeedsRepair(d, now, options.Value.RecoverAfter)).ToList();
        var (recovered, _) = await dispatcher.DispatchAsync([.. stale.Where(d => d.Status == DigestStatus.Claimed)], now, cancellationToken);
        foreach (var digest in stale.Where(d => d.Status != DigestStatus.Claimed))
        {
            if (await RequeueAsync(digest, cancellationToken))
            {
                recovered.Add(digest.Id);
            }
        }

        if (stale.Count > 0)
        {
            logger.LogWarning("Found {Stale} digests left unfinished; queued {Recovered} of them again", stale.Count, recovered.Count);
        }

        return recovered;
    }

    /// <summary>Re-drives a failed or undeliverable digest (an admin asked); false when it is not in such a state.</summary>
    public async Task<DigestRecord?> RedriveAsync(string digestId, CancellationToken cancellationToken)
    {
        var digest = await log.GetDigestAsync(digestId, cancellationToken);
        return digest is not null && DigestStates.CanRedrive(digest) && await RequeueAsync(digest, cancellationToken)
            ? await log.GetDigestAsync(digestId, cancellationToken)
            : null;
    }

    /// <summary>Marks the digest touched (from the version read: a delivery that took it meanwhile wins), then queues a message for it.</summary>
    private async Task<bool> RequeueAsync(DigestRecord digest, CancellationToken cancellationToken)
    {
        var touched = await log.UpdateDigestAsync(DigestStates.Requeued(digest, time.GetUtcNow()), cancellationToken);
        if (!touched.Saved)
        {
            return false;
        }

        var queue = await queues.GetMainAsync(cancellationToken);
        await queue.SendMessageAsync(new ReminderMessage(digest.Id, digest.Agency, digest.Date).ToJson(), cancellationToken);
        return true;
    }
}
