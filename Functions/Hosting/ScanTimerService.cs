using Cronos;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Functions.Reminders;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// Self-hosted timer: runs the scan at each occurrence of <c>DeadlineBot:Reminders:Schedule</c> in
/// Asia/Ho_Chi_Minh (08:00 by default). A scan that fails is logged and the next occurrence tried; the scan
/// itself catches up on days the service missed.
/// </summary>
public sealed class ScanTimerService(
    ReminderScanService scans,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<ScanTimerService> logger) : BackgroundService
{
    /// <summary>The next run after <paramref name="now"/>, or null when the expression never fires again.</summary>
    public static DateTimeOffset? NextRun(CronExpression schedule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.GetNextOccurrence(now, VietnamTime.Zone);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = options.Value.Cron;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if (NextRun(schedule, now) is not { } next)
            {
                return;
            }

            logger.LogInformation("Next reminder scan at {Next} (schedule {Schedule}, Asia/Ho_Chi_Minh)", next, options.Value.Schedule);
            await Task.Delay(next - now, time, stoppingToken);
            try
            {
                await scans.ScanAsync(null, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The reminder scan due at {Due} failed; the next scan catches up", next);
            }
        }
    }
}
