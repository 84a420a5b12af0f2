using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// Admins' view of delivery: digests that could not be sent (refused for good, or an agency without an address), and
/// re-driving one once its cause is fixed or dismissing it, and the poison queue. A digest stays on the list until it is
/// re-driven or dismissed (see docs/delivery.md).
/// </summary>
public sealed class DeliveryApi(ApiKeys keys, FailedDigests failed, DigestRecovery recovery, DeliveryDesk desk)
{
    private const string Reminders = "reminders";

    /// <summary>Failed and undeliverable digests of the last 31 days, newest day first.</summary>
    [Function("ReminderFailures")]
    public async Task<IResult> FailedAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Reminders + "/failed")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (keys.Refuse(request, ApiRoles.Admin) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok((await failed.ListAsync(cancellationToken)).Select(DigestView.From).ToArray());
    }

    /// <summary>Queues a failed or undeliverable digest again (after its address or the relay was fixed).</summary>
    [Function("ReminderRedrive")]
    public async Task<IResult> RedriveAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Reminders + "/digests/{digestId}/redrive")] HttpRequest request,
        string digestId,
        CancellationToken cancellationToken)
    {
        if (keys.Refuse(request, ApiRoles.Admin) is { } refused)
        {
            return refused;
        }

        return await recovery.RedriveAsync(digestId, cancellationToken) is { } digest
            ? TypedResults.Accepted((string?)null, DigestView.From(digest))
            : Problems.Field(StatusCodes.Status409Conflict, "digestId", ReminderMessages.NotRedrivable(digestId));
    }

    /// <summary>Takes a failed or undeliverable digest off the list for good: it becomes Dismissed, and the failure log records it.</summary>
    [Function("ReminderDismiss")]
    public async Task<IResult> DismissAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = Reminders + "/failed/{digestId}")] HttpRequest request,
        string digestId,
        CancellationToken cancellationToken)
    {
        if (keys.Refuse(request, ApiRoles.Admin) is { } refused)
        {
            return refused;
        }

        return await desk.DismissAsync(digestId, cancellationToken) switch
        {
            (WriteOutcome.Saved, { } digest) => TypedResults.Ok(DigestView.From(digest)),
            (WriteOutcome.NotFound, _) => Problems.Field(StatusCodes.Status404NotFound, "digestId", ReminderMessages.NoSuchDigest(digestId)),
            _ => Problems.Field(StatusCodes.Status409Conflict, "digestId", ReminderMessages.NotDismissable(digestId)),
        };
    }

    /// <summary>What sits on the poison queue, decoded, with each digest's state and its re-drive route when it has one.</summary>
    [Function("ReminderPoison")]
    public async Task<IResult> PoisonAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Reminders + "/poison")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (keys.Refuse(request, ApiRoles.Admin) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok((await desk.ListPoisonAsync(cancellationToken)).Select(PoisonView.From).ToArray());
    }
}
