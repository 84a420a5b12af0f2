using DeadlineBot.Functions.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Web;

/// <summary>
/// The web app's services: its options, data protection with the key ring in the app's table storage (so sessions and
/// form tokens survive restarts and hold across instances), anti-forgery tokens on every form, the sign-in guard and the pages' entry step.
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
        services.AddSingleton<Pages.PageEntry>();
        services.AddSingleton<Pages.PlanDrafts>();
        // Data protection's hosted service reads the key ring (a table query, a key written on a first run) before the
        // server listens; without it the first request that signs or reads a cookie or form token loads the ring. Last, since
        // AddAntiforgery adds data protection (and its hosted service) again.
        foreach (var eager in services.Where(IsDataProtectionStartup).ToList())
        {
            services.Remove(eager);
        }

        return builder;
    }

    /// <summary>The hosted service data protection adds to load its key ring at start-up.</summary>
    public static bool IsDataProtectionStartup(ServiceDescriptor service) =>
        service is not null && service.ServiceType == typeof(IHostedService) && service.ImplementationType?.Assembly == typeof(DataProtectionOptions).Assembly;
}
