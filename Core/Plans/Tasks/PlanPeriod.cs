using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Core.Plans.Tasks;

/// <summary>
/// A plan for a span of years (<c>Kế hoạch … giai đoạn 2021 – 2025</c>): its yearly tasks that name no end end with
/// the plan's last year, as officials read a yearly task inside such a plan.
/// </summary>
internal static class PlanPeriod
{
    /// <summary>The last day of the span of years the plan's title names, if it names one.</summary>
    public static DateOnly? EndOf(string? title, DeadlineParser parser, DateOnly countFrom) =>
        title is { Length: > 0 } && parser.Parse(title, countFrom).Schedules is [{ Kind: ScheduleKind.Range, Start: { } start, Due: { } end }] &&
        end.Year > start.Year
            ? end
            : null;

    public static List<PlanTask> Apply(List<PlanTask> tasks, DateOnly? end) =>
        end is not { } last ? tasks : [.. tasks.Select(t => WithEnd(t, last))];

    private static PlanTask WithEnd(PlanTask task, DateOnly end)
    {
        if (!task.Deadline.Schedules.Any(Open))
        {
            return task;
        }

        var schedules = task.Deadline.Schedules
            .Select(s => Open(s) && (s.Start is null || s.Start <= end)
                ? new Schedule(s.Kind, s.Start, s.Due, Ending(s.Recurrence!, end)) { Span = s.Span }
                : s)
            .ToList();
        return task with { Deadline = task.Deadline with { Schedules = schedules } };
    }

    private static Recurrence Ending(Recurrence r, DateOnly end) => new(r.Every, r.Unit, r.Month, r.Day, end, r.MonthOfPeriod);

    private static bool Open(Schedule schedule) => schedule.Recurrence is { Unit: RecurrenceUnit.Year, Until: null };
}
