using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Reminders;

/// <summary>
/// The recovery pass, at start and on <see cref="ReminderOptions.RecoverySchedule"/> (every five minutes) (<see cref="ReminderScanService.RepairAsync"/>): a failed or
/// missed scan runs the same working day, and digests left unfinished are queued again (docs/delivery.md).
/// </summary>
public sealed class RecoveryTimerFunction(ReminderScanService scans, ILogger<RecoveryTimerFunction> logger)
{
    public const string Name = "RecoveryTimer";
    public const string ScheduleSetting = "%DeadlineBot__Reminders__RecoverySchedule%";

    [Function(Name)]
    public async Task RunAsync([TimerTrigger(ScheduleSetting, RunOnStartup = true)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var queued = await scans.RepairAsync(cancellationToken);
        logger.LogInformation("Recovery pass queued {Count} digests", queued.Count);
    }
}
