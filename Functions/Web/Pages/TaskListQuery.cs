using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Tracking;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>
/// The task list's filters as the form sends them (<c>plan</c>, <c>agency</c>, <c>status</c>, <c>period</c>, <c>q</c>),
/// read leniently: a value that cannot be read is dropped from the filter and named in <see cref="Error"/>, and the
/// form shows it again so it can be fixed.
/// </summary>
public sealed record TaskListQuery(string? Plan, string? Agency, string? Status, string? Period, string? Words, string? Error)
{
    public const string PlanField = "plan";
    public const string AgencyField = "agency";
    public const string StatusField = "status";
    public const string PeriodField = "period";
    public const string WordsField = "q";

    public TrackingFilter Filter { get; init; } = TrackingFilter.All;

    public static TaskListQuery Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Get(string name) => query[name].ToString() is { Length: > 0 } v ? v.Trim() : null;
        var (plan, agency, status, period, words) = (Get(PlanField), Get(AgencyField), Get(StatusField), Get(PeriodField), Get(WordsField));
        AgencyId? agencyId = agency is not null && AgencyId.TryParse(agency, out var id) ? id : null;
        TrackingStatus? wanted = status is not null && Enum.TryParse<TrackingStatus>(status, out var s) && Enum.IsDefined(s) ? s : null;
        ReportPeriod? within = null;
        string? error = null;
        if (period is not null)
        {
            if (ReportPeriod.TryParse(period, out var p))
            {
                within = p;
            }
            else
            {
                error = WebText.PeriodWrong;
            }
        }

        return new TaskListQuery(plan, agency, status, period, words, error) { Filter = new TrackingFilter(plan, agencyId, wanted, within) };
    }

    /// <summary>The query string of these filters (for export links and paging back).</summary>
    public string ToQueryString() =>
        QueryString.Create(new[] { (PlanField, Plan), (AgencyField, Agency), (StatusField, Status), (PeriodField, Period), (WordsField, Words) }
            .Where(p => p.Item2 is not null)
            .Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2))).ToString();
}
