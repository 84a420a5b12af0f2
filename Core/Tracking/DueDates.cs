using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Core.Tracking;

/// <summary>
/// The due dates a task's schedules name, in order: a due or range schedule's deadline, and each occurrence
/// of a recurring one (a yearly occurrence falls on the day the recurrence names, else the plan's yearly
/// reporting day, else 31/12; a quarterly or monthly one on the period's last day unless it names a day).
/// </summary>
public static class DueDates
{
    /// <summary>How far ahead <see cref="FirstOnOrAfter"/> looks for an occurrence.</summary>
    private const int HorizonYears = 12;

    public static IEnumerable<DateOnly> Between(TrackedTask task, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Schedules
            .SelectMany(s => Of(s, task, from, to))
            .Where(d => d >= from && d <= to)
            .Distinct()
            .Order();
    }

    public static DateOnly? FirstOnOrAfter(TrackedTask task, DateOnly from)
    {
        foreach (var date in Between(task, from, from.AddYears(HorizonYears)))
        {
            return date;
        }

        return null;
    }

    /// <summary>The last due date before <paramref name="before"/>, looking back no further than <paramref name="from"/>.</summary>
    public static DateOnly? LastBefore(TrackedTask task, DateOnly before, DateOnly from) =>
        from < before ? Between(task, from, before.AddDays(-1)).Select(d => (DateOnly?)d).LastOrDefault() : null;

    private static IEnumerable<DateOnly> Of(Schedule schedule, TrackedTask task, DateOnly from, DateOnly to)
    {
        if (schedule.Recurrence is not { } rule || schedule.Kind != ScheduleKind.Recurring)
        {
            return schedule.Due is { } due && schedule.Kind is ScheduleKind.Due or ScheduleKind.Range ? [due] : [];
        }

        var occurrences = rule.Unit switch
        {
            RecurrenceUnit.Year => Yearly(rule, schedule.Start, task.YearlyDueDay, from, to),
            RecurrenceUnit.Quarter => Monthly(rule, schedule.Start, 3, from, to),
            RecurrenceUnit.Month => Monthly(rule, schedule.Start, 1, from, to),
            _ => Daily(rule, schedule.Start ?? task.Created, from, to),
        };
        return occurrences.Where(d => (schedule.Start is null || d >= schedule.Start) && (rule.Until is null || d <= rule.Until));
    }

    private static IEnumerable<DateOnly> Yearly(Recurrence rule, DateOnly? start, (int Month, int Day)? yearlyDay, DateOnly from, DateOnly to)
    {
        var anchor = start?.Year ?? from.Year;
        for (var year = from.Year; year <= to.Year; year++)
        {
            if ((year - anchor) % rule.Every != 0)
            {
                continue;
            }

            yield return (rule.Month, rule.Day) switch
            {
                ({ } month, { } day) => Periods.ClampedDate(year, month, day),
                ({ } month, null) => Periods.EndOfMonth(year, month),
                _ when yearlyDay is var (m, d) => Periods.ClampedDate(year, m, d),
                _ => Periods.EndOfYear(year),
            };
        }
    }

    /// <summary>Every <c>rule.Every</c> periods of <paramref name="months"/> months: the period's last day, or the day the rule names.</summary>
    private static IEnumerable<DateOnly> Monthly(Recurrence rule, DateOnly? start, int months, DateOnly from, DateOnly to)
    {
        var step = rule.Every;
        var anchor = Period(start ?? from, months);
        var first = Math.Max(Period(from, months), anchor);
        for (var period = anchor + ((first - anchor) / step * step); period <= Period(to, months); period += step)
        {
            var lastMonth = (period * months) + months - 1;
            var (year, month) = (lastMonth / 12, (lastMonth % 12) + 1);
            yield return rule.Day is { } day ? Periods.ClampedDate(year, month, day) : Periods.EndOfMonth(year, month);
        }
    }

    private static IEnumerable<DateOnly> Daily(Recurrence rule, DateOnly? start, DateOnly from, DateOnly to)
    {
        if (start is not { } first)
        {
            yield break;
        }

        var skip = from > first ? (from.DayNumber - first.DayNumber) / rule.Every : 0;
        for (var date = first.AddDays(skip * rule.Every); date <= to; date = date.AddDays(rule.Every))
        {
            yield return date;
        }
    }

    /// <summary>A month count (months = 1) or quarter count (months = 3) since year 0, so periods compare as integers.</summary>
    private static int Period(DateOnly date, int months) => ((date.Year * 12) + date.Month - 1) / months;
}
