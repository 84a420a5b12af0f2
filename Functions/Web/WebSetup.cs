using DeadlineBot.Functions.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Web;

/// <summary>
/// The web app's services: its options, data protection with the key ring in the app's table storage (so sessions and
/// form tokens survive restarts and hold across instances), anti-forgery tokens on every form, the sign-in guard.
/// </summary>
public static class WebSetup
{
    public static IHostApplicationBuilder AddWeb(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddDataProtection().SetApplicationName("DeadlineBot");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(s =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = s.GetRequiredService<TableXmlRepository>()));
        services.AddSingleton<TableXmlRepository>();
        services.AddAntiforgery(o =>
        {
            o.FormFieldName = WebGuard.TokenField;
            o.HeaderName = null;
            o.Cookie.Name = "deadlinebot.form";
            o.Cookie.Path = WebPaths.Base;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            o.SuppressXFrameOptionsHeader = true;
        });
        services.AddSingleton<SessionCookie>();
        services.AddSingleton<WebGuard>();
        services.AddSingleton<Pages.PlanDrafts>();
        return builder;
    }
}
