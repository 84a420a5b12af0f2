using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Core.Reminders;

/// <summary>
/// The due dates a schedule asks for, enumerated lazily between two dates. A due date or a range has one (its due
/// date); an ongoing schedule has none; a recurring one has one per period:
/// <list type="bullet">
/// <item>yearly: on the recurrence's month/day, else the plan's yearly reporting day, else 31/12;</item>
/// <item>quarterly: the quarter's last day, or the given day of the quarter's last month (its first month for <c>tháng đầu quý</c>);</item>
/// <item>monthly: the month's last day, or the given day (31 in a short month is its last day);</item>
/// <item>every N days.</item>
/// </list>
/// "Every N units" counts from the schedule's <see cref="Schedule.Start"/>; without a start there is no anchor, so
/// every period has an occurrence. Nothing before the start or after <see cref="Recurrence.Until"/>.
/// </summary>
public static class Occurrences
{
    /// <summary>The due dates of <paramref name="schedule"/> in [<paramref name="from"/>, <paramref name="to"/>], ascending.</summary>
    public static IEnumerable<DateOnly> Between(
        Schedule schedule, DateOnly from, DateOnly to, (int Month, int Day)? yearlyDueDay = null) =>
        Of(schedule, from, to, yearlyDueDay).Select(o => o.Due);

    /// <summary>
    /// The occurrences of <paramref name="schedule"/> due in [<paramref name="from"/>, <paramref name="to"/>], ascending,
    /// produced lazily: a recurring one's named by its period, a due date's or range's as <see cref="Occurrence.Once"/>.
    /// </summary>
    public static IEnumerable<Occurrence> Of(
        Schedule schedule, DateOnly from, DateOnly to, (int Month, int Day)? yearlyDueDay = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Kind switch
        {
            ScheduleKind.Due or ScheduleKind.Range when schedule.Due is { } due && due >= from && due <= to =>
                [new Occurrence(Occurrence.Once, due, null)],
            ScheduleKind.Recurring => Repeating(schedule, from, to, yearlyDueDay),
            _ => [],
        };
    }

    /// <summary>The latest due date of <paramref name="schedule"/> on or before <paramref name="date"/>, if any.</summary>
    public static DateOnly? LastOnOrBefore(Schedule schedule, DateOnly date, (int Month, int Day)? yearlyDueDay = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (schedule.Kind != ScheduleKind.Recurring)
        {
            return schedule.Kind is ScheduleKind.Due or ScheduleKind.Range && schedule.Due <= date ? schedule.Due : null;
        }

        var rule = new Rule(schedule, yearlyDueDay);
        var last = schedule.Recurrence!.Until is { } until && until < date ? until : date;

        // Occurrence periods are at most Step apart, so Step + 1 periods back holds the latest one if there is any.
        var newest = rule.PeriodOf(last);
        for (var period = newest; period >= newest - rule.Step - 1; period--)
        {
            if (rule.DateOf(period) is { } due && due <= last)
            {
                return due;
            }
        }

        return null;
    }

    private static IEnumerable<Occurrence> Repeating(
        Schedule schedule, DateOnly from, DateOnly to, (int Month, int Day)? yearlyDueDay)
    {
        var rule = new Rule(schedule, yearlyDueDay);
        for (var period = Math.Max(rule.PeriodOf(from), rule.First); period <= rule.PeriodOf(to); period++)
        {
            if (rule.DateOf(period) is { } due && due >= from && due <= to)
            {
                yield return Occurrence.InPeriod(schedule.Recurrence!.Unit, due, rule.StartOf(period));
            }
        }
    }

    /// <summary>Periods numbered consecutively (years, quarters, months or days since year 0), each with at most one due date.</summary>
    private sealed class Rule
    {
        private readonly Recurrence _recurrence;
        private readonly DateOnly? _start;
        private readonly long? _anchor;
        private readonly (int Month, int Day)? _yearlyDueDay;

        public Rule(Schedule schedule, (int Month, int Day)? yearlyDueDay)
        {
            _yearlyDueDay = yearlyDueDay;
            _recurrence = schedule.Recurrence!;
            _start = schedule.Start;
            _anchor = _start is { } start ? PeriodOf(start) : null;
            Step = _anchor is null ? 1 : _recurrence.Every;
        }

        public int Step { get; }

        /// <summary>The first period that can hold an occurrence: the start's, else any.</summary>
        public long First => _anchor ?? long.MinValue;

        public long PeriodOf(DateOnly date) => _recurrence.Unit switch
        {
            RecurrenceUnit.Year => date.Year,
            RecurrenceUnit.Quarter => (date.Year * 4L) + ((date.Month - 1) / 3),
            RecurrenceUnit.Month => (date.Year * 12L) + date.Month - 1,
            _ => date.DayNumber,
        };

        /// <summary>The first day of a period that holds a due date.</summary>
        public DateOnly StartOf(long period) => _recurrence.Unit switch
        {
            RecurrenceUnit.Year => new DateOnly((int)period, 1, 1),
            RecurrenceUnit.Quarter => new DateOnly((int)(period / 4), ((int)(period % 4) * 3) + 1, 1),
            RecurrenceUnit.Month => new DateOnly((int)(period / 12), (int)(period % 12) + 1, 1),
            _ => DateOnly.FromDayNumber((int)period),
        };

        public DateOnly? DateOf(long period)
        {
            if (_anchor is { } anchor && (period < anchor || (period - anchor) % Step != 0))
            {
                return null;
            }

            var due = DueIn(period);
            return due is { } d && (_start is null || d >= _start) && (_recurrence.Until is null || d <= _recurrence.Until)
                ? d
                : null;
        }

        private DateOnly? DueIn(long period)
        {
            var year = _recurrence.Unit switch
            {
                RecurrenceUnit.Year => period,
                RecurrenceUnit.Quarter => period / 4,
                RecurrenceUnit.Month => period / 12,
                _ => 1,
            };
            if (year is < 1 or > 9999 || (_recurrence.Unit == RecurrenceUnit.Day && period is < 0 or > 3652058))
            {
                return null;
            }

            var y = (int)year;
            return _recurrence.Unit switch
            {
                RecurrenceUnit.Year => YearlyDate(y),
                RecurrenceUnit.Quarter => OnDayOrEnd(y, ((int)(period % 4) * 3) + (_recurrence.MonthOfPeriod == MonthOfPeriod.First ? 1 : 3)),
                RecurrenceUnit.Month => OnDayOrEnd(y, (int)(period % 12) + 1),
                _ => DateOnly.FromDayNumber((int)period),
            };
        }

        private DateOnly YearlyDate(int year)
        {
            if (_recurrence.Month is { } month)
            {
                return _recurrence.Day is { } day ? Periods.ClampedDate(year, month, day) : Periods.EndOfMonth(year, month);
            }

            return _yearlyDueDay is var (m, d) ? Periods.ClampedDate(year, m, d) : Periods.EndOfYear(year);
        }

        private DateOnly OnDayOrEnd(int year, int month) =>
            _recurrence.Day is { } day ? Periods.ClampedDate(year, month, day) : Periods.EndOfMonth(year, month);
    }
}
