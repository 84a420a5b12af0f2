using System.Text.Json.Serialization;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Completion;
using DeadlineBot.Functions.Reminders;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DeadlineBot.Functions;

/// <summary>
/// The HTTP API's services. Two layers guard the API, and they combine rather than replace each other:
/// <list type="bullet">
/// <item>In Azure, every HTTP function but the signed links' is <c>AuthorizationLevel.Function</c>, so the
/// Functions host refuses any call without a function (or host) key before it reaches this app; the completion link
/// and the agency calendar feed are anonymous, because agencies open them from an email or a calendar app and their
/// HMAC signature is their key.</item>
/// <item>In the functions themselves, whether the Functions host or the self-host runs them, writes and admin reads
/// need <c>X-Api-Key</c> matching an entry of <c>DeadlineBot:Api:Keys</c> (<see cref="ApiKeys"/>); the key's role (staff
/// or admin) decides what it may do. So in Azure a caller needs both the function key and an API key.</item>
/// </list>
/// </summary>
public static class ApiSetup
{
    /// <summary>Registers API keys, ProblemDetails, JSON options and the services the API functions call.</summary>
    public static IHostApplicationBuilder AddApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddProblemDetails();
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CompletionLinkOptions>().BindConfiguration(CompletionLinkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApiKeys>();
        services.AddSingleton(TrackingReport.Default);
        services.AddSingleton<CompletionLinks>();
        services.Replace(ServiceDescriptor.Singleton<IReportLinks>(sp => sp.GetRequiredService<CompletionLinks>()));
        services.AddSingleton<TaskCompletion>();
        services.AddSingleton<TaskBuilder>();
        services.AddSingleton<TaskEditor>();
        services.AddSingleton<AgencyEditor>();
        services.AddSingleton<FailedDigests>();
        services.AddSingleton<TaskQueries>();
        services.AddSingleton<TaskViews>();
        services.AddSingleton<PlanStore>();
        services.AddSingleton<PlanClaims>();
        services.AddSingleton<AgencyDecisions>();
        services.AddSingleton<DeadlineBot.Functions.Api.Updates.PlanUpdater>();
        services.AddSingleton<DryRun>();
        return builder;
    }
}
