using System.Globalization;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Functions.Web.Rendering;
using static DeadlineBot.Functions.Web.Rendering.Markup;

namespace DeadlineBot.Functions.Web.Views;

/// <summary>A schedule as a sentence officials read: "Hạn 31/12/2022", "Từ 01/07/2021 đến 30/06/2025", "Hằng quý (ngày 15)".</summary>
public static class ScheduleText
{
    public static string Of(Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Kind switch
        {
            ScheduleKind.Due => "Hạn " + Dates.Show(schedule.Due),
            ScheduleKind.Range => $"Từ {Dates.Show(schedule.Start)} đến {Dates.Show(schedule.Due)}",
            ScheduleKind.Ongoing => schedule.Start is { } start ? $"Thường xuyên, từ {Dates.Show(start)}" : "Thường xuyên",
            _ => Repeating(schedule.Recurrence!) + (schedule.Start is { } from ? ", từ " + Dates.Show(from) : string.Empty),
        };
    }

    /// <summary>The schedules a deadline gives, as a list (or a note that none was read), with the reader's warnings.</summary>
    public static Markup List(IReadOnlyList<Schedule> schedules, IEnumerable<string>? warnings = null) => Html($"""
        {(schedules.Count == 0 ? Html($"""<p class="muted">{WebText.NoSchedule}</p>""") : Html($"""<ul class="schedules">{Join(schedules, s => Html($"<li>{Of(s)}</li>"))}</ul>"""))}{Join(warnings ?? [], w => Html($"""<p class="warning">{w}</p>"""))}
        """);

    private static string Repeating(Recurrence r)
    {
        var unit = r.Unit switch
        {
            RecurrenceUnit.Year => "năm",
            RecurrenceUnit.Quarter => "quý",
            RecurrenceUnit.Month => "tháng",
            _ => "ngày",
        };
        var every = r.Every == 1 ? "Hằng " + unit : string.Format(CultureInfo.InvariantCulture, "{0} {1}/lần", r.Every, unit);
        var on = (r.Day, r.Month) switch
        {
            ({ } d, { } m) => string.Format(CultureInfo.InvariantCulture, " (ngày {0:00}/{1:00})", d, m),
            ({ } d, null) => string.Format(CultureInfo.InvariantCulture, " (ngày {0})", d),
            _ => string.Empty,
        };
        return every + on + (r.Until is { } until ? ", đến " + Dates.Show(until) : string.Empty);
    }
}
