namespace DeadlineBot.Functions.Exports;

/// <summary>Registers <see cref="TaskListExport"/>.</summary>
public static class ExportSetup
{
    public static IHostApplicationBuilder AddExports(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<TaskListExport>();
        return builder;
    }
}
