using System.Globalization;
using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Hosting;
using DeadlineBot.Functions.Reminders;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Completion;

/// <summary>
/// Signed, expiring links that let an agency report a task, or one occurrence of a recurring task, done without an
/// account: <c>{BaseUrl}/api/complete/{agencyId}/{planId}/{taskId}?occurrence=2026&amp;expires=yyyy-MM-dd&amp;sig=…</c>,
/// where sig is HMAC-SHA256 over <c>agencyId|planId|taskId|occurrence|expires</c> (a one-off task's link has no
/// occurrence, and its sig is over <c>agencyId|planId|taskId|expires</c>). The expiry is a date in Asia/Ho_Chi_Minh
/// (the app's today, see <c>ClockOptions</c>): the link works through that whole day.
/// </summary>
public sealed class CompletionLinks : IReportLinks
{
    /// <summary>The completion functions' route, under host.json's route prefix.</summary>
    public const string Route = "complete/{agencyId}/{planId}/{taskId}";

    private readonly CompletionLinkOptions _options;
    private readonly LinkSigner _signer;

    public CompletionLinks(IOptions<CompletionLinkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _signer = new LinkSigner(options);
    }

    /// <summary>
    /// The link for an agency to report one task (or its <paramref name="occurrence"/>) done, valid for <c>ValidDays</c>
    /// from <paramref name="today"/>.
    /// </summary>
    public Uri For(AgencyId agencyId, string planId, string taskId, DateOnly today, string? occurrence = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(planId);
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        var expires = today.AddDays(_options.ValidDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var path = "/" + HostJson.Current.RoutePrefix + "/" + Route
            .Replace("{agencyId}", Uri.EscapeDataString(agencyId.Value), StringComparison.Ordinal)
            .Replace("{planId}", Uri.EscapeDataString(planId), StringComparison.Ordinal)
            .Replace("{taskId}", Uri.EscapeDataString(taskId), StringComparison.Ordinal);
        var signature = _signer.Sign(Parts(agencyId.Value, planId, taskId, occurrence, expires));
        var which = string.IsNullOrEmpty(occurrence) ? string.Empty : $"occurrence={Uri.EscapeDataString(occurrence)}&";
        return new Uri($"{_options.BaseUrl.TrimEnd('/')}{path}?{which}expires={expires}&sig={signature}");
    }

    /// <summary>The link in a reminder email for one item of <paramref name="agency"/>'s digest.</summary>
    public Uri LinkFor(AgencyId agency, ReminderItem item, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        return For(agency, item.PlanId, item.TaskId, today, item.Occurrence);
    }

    /// <summary>Checks a link's parts as they arrived; <paramref name="today"/> is the local date now.</summary>
    public LinkCheck Check(string agencyId, string planId, string taskId, string? occurrence, string? expires, string? signature, DateOnly today)
    {
        if (expires is null || signature is null
            || !DateOnly.TryParseExact(expires, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var lastDay))
        {
            return LinkCheck.Tampered;
        }

        if (!_signer.Verify(signature, Parts(agencyId, planId, taskId, occurrence, expires)))
        {
            return LinkCheck.Tampered;
        }

        return today > lastDay ? LinkCheck.Expired : LinkCheck.Valid;
    }

    private static string[] Parts(string agencyId, string planId, string taskId, string? occurrence, string expires) =>
        string.IsNullOrEmpty(occurrence) ? [agencyId, planId, taskId, expires] : [agencyId, planId, taskId, occurrence, expires];
}
