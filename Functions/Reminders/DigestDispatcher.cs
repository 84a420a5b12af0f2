using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Reminders;

/// <summary>
/// Takes recorded digests from <see cref="DigestStatus.Claimed"/> to <see cref="DigestStatus.Queued"/>: claims their
/// items for the digest's id, keeps the items won, queues the message, then marks the digest queued. Each step can be
/// run again: a claim already held by the same digest counts as won, and a second message for a digest sends nothing
/// (the sender takes a digest on only as <see cref="DigestStates"/> allows, and marks it Sent). So a scan that died or failed
/// anywhere on the way leaves a Claimed digest that a later scan finishes, losing and repeating no reminder.
/// </summary>
public sealed class DigestDispatcher(ReminderLog log, ReminderQueues queues, TimeProvider time, ILogger<DigestDispatcher> logger)
{
    /// <summary>Digests queued at once (each is two or three requests of its own).</summary>
    private const int Parallelism = 8;

    /// <summary>Claims and queues each digest; returns the ids queued and how many reminders the digests hold.</summary>
    public async Task<(List<string> Queued, int Held)> DispatchAsync(IReadOnlyList<DigestRecord> digests, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var won = await ClaimAsync(digests, now, cancellationToken);
        var done = new bool[won.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, won.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, ct) => done[i] = await QueueAsync(won[i].Digest, won[i].Won, ct));
        return ([.. won.Where((_, i) => done[i]).Select(w => w.Digest.Id)], won.Sum(w => w.Won.Count));
    }

    /// <summary>Claims the items of every digest; returns each digest with the items it holds.</summary>
    private async Task<IReadOnlyList<(DigestRecord Digest, IReadOnlyList<ReminderItem> Won)>> ClaimAsync(
        IReadOnlyList<DigestRecord> digests, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claims = digests.SelectMany(d => d.Items.Select(item => new ReminderClaim(d.Agency, item, d.Id))).ToList();
        var won = await log.ClaimManyAsync(claims, now, cancellationToken);
        return [.. digests.Select(d => (d, (IReadOnlyList<ReminderItem>)[.. d.Items.Where(i => won.Contains((d.Id, i.Key)))]))];
    }

    /// <summary>
    /// Queues a claimed digest with the items it won (a digest that won none is removed). False when nothing was
    /// queued: no items, another scan is finishing the same digest, or the queue could not be written (the digest
    /// stays Claimed and a later scan queues it).
    /// </summary>
    private async Task<bool> QueueAsync(DigestRecord digest, IReadOnlyList<ReminderItem> won, CancellationToken cancellationToken)
    {
        if (won.Count == 0)
        {
            await log.DeleteDigestAsync(digest, cancellationToken);
            return false;
        }

        if (won.Count < digest.Items.Count)
        {
            var narrowed = await log.UpdateDigestAsync(digest with { Items = won }, cancellationToken);
            if (!narrowed.Saved)
            {
                return false;
            }

            digest = digest with { Items = won, ETag = narrowed.ETag };
        }

        try
        {
            if (!await queues.EnqueueAsync(new ReminderMessage(digest.Id, digest.Agency, digest.Date).ToJson(), cancellationToken))
            {
                logger.LogError("The message for digest {DigestId} is too large for the queue; the digest stays claimed", digest.Id);
                return false;
            }
        }
        catch (Azure.RequestFailedException e)
        {
            logger.LogError(e, "Could not queue digest {DigestId} for {Agency}; it stays claimed and a later scan queues its {Count} reminders", digest.Id, digest.Agency, won.Count);
            return false;
        }

        // Stale means the sender has already taken the digest on: it must not be put back to Queued.
        await log.UpdateDigestAsync(DigestStates.Queued(digest, time.GetUtcNow()), cancellationToken);
        return true;
    }
}
