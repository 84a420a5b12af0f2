using Cronos;
using DeadlineBot.Functions.Reminders;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// Self-hosted timer trigger: invokes <see cref="ReminderScanFunction"/> at each occurrence of the schedule its
/// attribute names (<see cref="ReminderOptions.Schedule"/>, NCRONTAB in UTC, as Azure reads it). A scan that fails is
/// logged and the next occurrence tried; the scan itself catches up on days the service missed.
/// </summary>
public sealed class ScanTimerService(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<ScanTimerService> logger) : BackgroundService
{
    /// <summary>The next run after <paramref name="now"/>, or null when the expression never fires again.</summary>
    public static DateTimeOffset? NextRun(CronExpression schedule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.GetNextOccurrence(now, TimeZoneInfo.Utc);
    }

    /// <summary>Invokes the timer function once, as the host would for the occurrence <paramref name="due"/>.</summary>
    public async Task RunOnceAsync(DateTimeOffset due, DateTimeOffset? next, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var function = ActivatorUtilities.CreateInstance<ReminderScanFunction>(scope.ServiceProvider);
        var timer = new TimerInfo
        {
            IsPastDue = time.GetUtcNow() - due > TimeSpan.FromMinutes(1),
            ScheduleStatus = new ScheduleStatus { Last = due.UtcDateTime, Next = next?.UtcDateTime ?? default, LastUpdated = time.GetUtcNow().UtcDateTime },
        };
        await function.RunAsync(timer, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        var schedule = options.Value.Cron;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if (NextRun(schedule, now) is not { } due)
            {
                return;
            }

            logger.LogInformation("Next reminder scan at {Next} (schedule {Schedule}, UTC)", due, options.Value.Schedule);
            await Task.Delay(due - now, time, stoppingToken);
            try
            {
                await RunOnceAsync(due, NextRun(schedule, due), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The reminder scan due at {Due} failed; the next scan catches up", due);
            }
        }
    }
}
