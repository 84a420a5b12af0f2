using System.Globalization;
using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Exports;
using DeadlineBot.Functions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// A report's query string, checked field by field: <c>planId</c>, <c>agencyId</c>, <c>status</c>, <c>period</c>
/// (<c>2026</c>, <c>2026-Q4</c>, <c>2026-03</c>: rows due in it), <c>asOf</c> (the day the report stands on; the app's
/// today when absent), <c>format</c> (<c>csv</c> or <c>xlsx</c>: the list as a file; JSON when absent) and, where the
/// report takes it, <c>days</c>. Any other parameter is refused, naming the ones
/// the report takes, rather than ignored.
/// </summary>
public static class ReportQuery
{
    public const string PlanId = "planId";
    public const string AgencyId = "agencyId";
    public const string Status = "status";
    public const string Period = "period";
    public const string AsOf = "asOf";
    public const string Days = "days";
    public const string Format = "format";

    private const int MaxDays = 366;

    /// <summary>What a report asks for: the filter, its day, how many days ahead (30 unless given) and the file format (none: JSON).</summary>
    public sealed record Request(TrackingFilter Filter, DateOnly Today, int Days, ExportFormat? Format = null);

    public static async Task<(Request? Request, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest http, IReadOnlyCollection<string> accepted, PlanRepository plans, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(plans);
        var query = http.Query;
        if (query.Keys.FirstOrDefault(k => !accepted.Contains(k, StringComparer.OrdinalIgnoreCase)) is { } unknown)
        {
            return Refuse(unknown, ApiMessages.UnknownParameter(unknown, accepted));
        }

        string? Get(string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;

        AgencyId? agency = null;
        if (Get(AgencyId) is { } agencyText)
        {
            if (!Core.Agencies.AgencyId.TryParse(agencyText, out var id))
            {
                return Refuse(AgencyId, ApiMessages.BadId);
            }

            agency = id;
        }

        TrackingStatus? wanted = null;
        if (Get(Status) is { } statusText)
        {
            if (!TrackingWords.TryParse(statusText, out var parsed))
            {
                return Refuse(Status, ApiMessages.UnknownStatus);
            }

            wanted = parsed;
        }

        ReportPeriod? period = null;
        if (Get(Period) is { } periodText)
        {
            if (!ReportPeriod.TryParse(periodText, out var parsed))
            {
                return Refuse(Period, ApiMessages.PeriodFormat);
            }

            period = parsed;
        }

        var today = VietnamTime.Today(time);
        if (Get(AsOf) is { } asOfText
            && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
        {
            return Refuse(AsOf, ApiMessages.DateFormat);
        }

        var days = 30;
        if (Get(Days) is { } daysText
            && (!int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days > MaxDays))
        {
            return Refuse(Days, ApiMessages.OutOfRange(0, MaxDays));
        }

        ExportFormat? format = null;
        if (Get(Format) is { } formatText)
        {
            if (!ExportFormats.TryParse(formatText, out var parsed))
            {
                return Refuse(Format, ApiMessages.ExportFormat);
            }

            format = parsed;
        }

        var planId = Get(PlanId);
        if (planId is not null && await plans.GetAsync(planId, cancellationToken) is null)
        {
            return (null, Problems.NotFound(PlanId, ApiMessages.PlanNotFound));
        }

        return (new Request(new TrackingFilter(planId, agency, wanted, period), today, days, format), null);
    }

    private static (Request?, ProblemHttpResult?) Refuse(string field, string message) => (null, Problems.BadRequest(field, message));
}
