using DeadlineBot.Functions.Hosting;
using DeadlineBot.Functions.Reminders;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DeadlineBot.Functions;

public static class ReminderPipelineSetup
{
    /// <summary>Registers the scan and send services the timer and queue functions call.</summary>
    public static IHostApplicationBuilder AddReminderPipeline(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton<IReportLinks, TaskPageLinks>();
        builder.Services.AddSingleton<DigestDispatcher>();
        builder.Services.AddSingleton<DigestRecovery>();
        builder.Services.AddSingleton<DeliveryDesk>();
        builder.Services.AddSingleton<DigestRefresher>();
        builder.Services.AddSingleton<DigestEmails>();
        builder.Services.AddSingleton<ReminderScanService>();
        builder.Services.AddSingleton<ReminderSendService>();
        return builder;
    }
}
