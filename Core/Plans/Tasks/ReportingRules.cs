using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Core.Plans.Tasks;

/// <summary>
/// Finds the plan's yearly reporting rule (a <c>Định kỳ trước ngày 05 tháng 12 hằng năm … báo cáo</c> task whose
/// deadline names a day) and makes it the due day of the yearly tasks that name none.
/// </summary>
internal static class ReportingRules
{
    public static (List<PlanTask> Tasks, PlanReportingRule? Rule) Apply(List<PlanTask> tasks)
    {
        var rule = tasks
            .Where(t => t.Ref.Contains(".bc", StringComparison.Ordinal) && t.DeadlineText is not null)
            .SelectMany(t => t.Deadline.Schedules
                .Where(s => s.Recurrence is { Unit: RecurrenceUnit.Year, Month: not null, Day: not null })
                .Select(s => new PlanReportingRule(t.DeadlineText!, s.Recurrence!.Month!.Value, s.Recurrence.Day!.Value)))
            .FirstOrDefault();
        if (rule is null)
        {
            return (tasks, null);
        }

        return (tasks.Select(t => WithRule(t, rule)).ToList(), rule);
    }

    private static PlanTask WithRule(PlanTask task, PlanReportingRule rule)
    {
        if (!task.Deadline.Schedules.Any(NamesNoDay))
        {
            return task;
        }

        var schedules = task.Deadline.Schedules
            .Select(s => NamesNoDay(s)
                ? new Schedule(s.Kind, s.Start, s.Due, new Recurrence(s.Recurrence!.Every, RecurrenceUnit.Year, rule.Month, rule.Day, s.Recurrence.Until)) { Span = s.Span }
                : s)
            .ToList();
        return task with
        {
            Deadline = task.Deadline with { Schedules = schedules },
            Warnings = [.. task.Warnings, PlanMessages.ReportingRuleApplied(rule.Day, rule.Month)],
        };
    }

    private static bool NamesNoDay(Schedule schedule) =>
        schedule.Recurrence is { Unit: RecurrenceUnit.Year, Month: null, Day: null };
}
