using DeadlineBot.Core.Calendar;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api;

/// <summary>The digests admins must act on (refused for good, or for an agency without an address) of the last recovery days, newest day first.</summary>
public sealed class FailedDigests(ReminderLog log, TimeProvider time)
{
    public async Task<IReadOnlyList<DigestRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var failed = await log.ListInStatusAsync(today.AddDays(-DigestRecovery.RecoveryDays), today, DigestStates.NeedingAdmins, cancellationToken);
        return [.. failed.OrderByDescending(d => d.Date).ThenBy(d => d.Agency, StringComparer.Ordinal)];
    }
}
