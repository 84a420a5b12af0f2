using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Reminders;

/// <summary>
/// The daily scan. The schedule is the app setting <c>DeadlineBot__Reminders__Schedule</c>, an NCRONTAB expression in
/// UTC (<see cref="ReminderOptions.Schedule"/> holds its default, 08:00 in Asia/Ho_Chi_Minh); the monitor catches up a
/// run the app missed. A failed scan throws, so the host records the failure; the next scan catches up the days missed.
/// </summary>
public sealed class ReminderScanFunction(ReminderScanService scans, ILogger<ReminderScanFunction> logger)
{
    public const string Name = "ScanTimer";
    public const string ScheduleSetting = "%DeadlineBot__Reminders__Schedule%";

    [Function(Name)]
    public async Task RunAsync([TimerTrigger(ScheduleSetting, UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var result = await scans.ScanAsync(null, cancellationToken);
        logger.LogInformation(
            "Scan for {Date} (past due: {PastDue}): {Tasks} open tasks, {Planned} reminders, {Digests} digests queued",
            result.Date, timer.IsPastDue, result.Tasks, result.Planned, result.Queued.Count);
    }
}
