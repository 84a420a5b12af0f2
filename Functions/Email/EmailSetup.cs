using DeadlineBot.Functions.Email;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions;

public static class EmailSetup
{
    /// <summary>Registers the email renderer and the MailKit SMTP sender (<c>DeadlineBot:Smtp</c>, validated at start).</summary>
    public static IHostApplicationBuilder AddEmail(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ReminderEmailRenderer>();
        builder.Services.AddSingleton<SmtpEmailSender>();
        builder.Services.AddSingleton<IEmailSender>(services => services.GetRequiredService<SmtpEmailSender>());
        return builder;
    }
}
