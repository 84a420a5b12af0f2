using DeadlineBot.Functions.Reminders;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// Self-hosted twin of <see cref="RecoveryTimerFunction"/>'s trigger: runs it at start and at each occurrence of
/// <see cref="ReminderOptions.RecoverySchedule"/>; a failed pass is logged and the next one tried; stops at once on shutdown.
/// </summary>
public sealed class RecoveryTimerService(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<ReminderOptions> options, IHostApplicationLifetime lifetime, ILogger<RecoveryTimerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await lifetime.WhenStartedAsync(stoppingToken);
            for (var next = (DateTimeOffset?)time.GetUtcNow(); next is { } due; next = ScanTimerService.NextRun(options.Value.RecoveryCron, due))
            {
                await Task.Delay(due > time.GetUtcNow() ? due - time.GetUtcNow() : TimeSpan.Zero, time, stoppingToken);
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await ActivatorUtilities.CreateInstance<RecoveryTimerFunction>(scope.ServiceProvider).RunAsync(new TimerInfo(), stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(e, "The recovery pass due at {Due} failed; the next one is tried on schedule", due);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
