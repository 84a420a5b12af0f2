using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Plans;
using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Clock;
using DeadlineBot.Functions.Reminders;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions;

public static class CoreSetup
{
    /// <summary>
    /// Registers the app's one clock (a <see cref="TimeProvider"/> over the machine's, moved to the development as-of
    /// date when <see cref="ClockOptions"/> sets one), the deadline parser, plan importer, agency directory and reminder planner.
    /// </summary>
    public static IHostApplicationBuilder AddDeadlineBotCore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ClockOptions>().BindConfiguration(ClockOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddKeyedSingleton(ClockOptions.RealClock, TimeProvider.System);
        services.TryAddSingleton(s => s.GetRequiredService<IOptions<ClockOptions>>().Value.Over(
            s.GetRequiredKeyedService<TimeProvider>(ClockOptions.RealClock),
            s.GetRequiredService<IHostEnvironment>().IsDevelopment()));
        // Built on first use, not at registration: the holiday calendar and the agency directory take tens of milliseconds
        // to build, and a cold start's first request (the health check, most API reads) needs neither.
        services.TryAddSingleton(_ => WorkingCalendar.Default);
        services.TryAddSingleton(_ => AgencyDirectory.Default);
        services.TryAddSingleton(s => new DeadlineParser(s.GetRequiredService<WorkingCalendar>()));
        services.TryAddSingleton(s => new PlanImporter(s.GetRequiredService<AgencyDirectory>(), s.GetRequiredService<DeadlineParser>()));
        services.TryAddSingleton(s => new ReminderPlanner(
            s.GetRequiredService<IOptions<ReminderOptions>>().Value.ToPolicy(),
            s.GetRequiredService<WorkingCalendar>()));
        return builder;
    }
}
