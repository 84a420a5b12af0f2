using System.Globalization;
using System.Text;
using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Core.Plans.Review;

/// <summary>
/// Renders an import as plain text for a person to review: the header, the signs that part was lost, one row a task (ref, title, lead, deadline,
/// warnings), then the body/appendix conflicts and the plan's warnings.
/// </summary>
public static class PlanReviewTable
{
    private const int RefWidth = 10;
    private const int TitleWidth = 46;
    private const int LeadWidth = 34;
    private const int DeadlineWidth = 40;

    public static string Write(PlanImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        var text = new StringBuilder();
        var plan = import.Plan;
        text.AppendLine(CultureInfo.InvariantCulture, $"Số: {plan.Number ?? "?"} | Cơ quan: {plan.Issuer ?? "?"} | {plan.Place ?? "?"}, {plan.Date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "?"}");
        text.AppendLine(plan.Title ?? "?");
        foreach (var problem in import.Problems)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"!! {problem}");
        }

        text.AppendLine();
        text.AppendLine(Row("Mục", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Cảnh báo"));
        text.AppendLine(new string('-', RefWidth + TitleWidth + LeadWidth + DeadlineWidth + 16));
        foreach (var task in import.Tasks)
        {
            var lead = task.Lead.Count switch
            {
                0 => "?",
                1 => task.Lead[0],
                _ => $"{task.Lead[0]} (+{task.Lead.Count - 1})",
            };
            text.AppendLine(Row(task.Ref, task.Title, lead, Deadline(task), task.Warnings.Count.ToString(CultureInfo.InvariantCulture)));
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{import.Tasks.Count} nhiệm vụ, {import.Conflicts.Count} chỗ khác nhau giữa nội dung và Phụ lục.");
        foreach (var conflict in import.Conflicts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"! {conflict.Ref}: {conflict.Message}");
        }

        foreach (var task in import.Tasks.Where(t => t.Warnings.Count > 0))
        {
            foreach (var warning in task.Warnings)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"~ {task.Ref}: {warning}");
            }
        }

        foreach (var warning in import.Warnings.Skip(import.Problems.Count))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"* {warning}");
        }

        return text.ToString();
    }

    private static string Deadline(PlanTask task)
    {
        var schedules = string.Join("; ", task.Deadline.Schedules.Select(Describe));
        return task.DeadlineText is null ? "—" : schedules.Length == 0 ? $"{task.DeadlineText} (?)" : schedules;
    }

    private static string Describe(Schedule s) => s.Kind switch
    {
        ScheduleKind.Due => $"hạn {Date(s.Due)}",
        ScheduleKind.Range => $"{Date(s.Start)} → {Date(s.Due)}",
        ScheduleKind.Recurring => $"mỗi {s.Recurrence!.Every} {Unit(s.Recurrence.Unit)}"
            + (s.Recurrence.Day is { } d && s.Recurrence.Month is { } m ? string.Create(CultureInfo.InvariantCulture, $" ({d:00}/{m:00})") : string.Empty)
            + (s.Start is { } start ? $" từ {Date(start)}" : string.Empty),
        _ => s.Start is { } from ? $"thường xuyên từ {Date(from)}" : "thường xuyên",
    };

    private static string Unit(RecurrenceUnit unit) => unit switch
    {
        RecurrenceUnit.Year => "năm",
        RecurrenceUnit.Quarter => "quý",
        RecurrenceUnit.Month => "tháng",
        _ => "ngày",
    };

    private static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "?";

    private static string Row(string reference, string title, string lead, string deadline, string warnings) =>
        $"{Fit(reference, RefWidth)}  {Fit(title, TitleWidth)}  {Fit(lead, LeadWidth)}  {Fit(deadline, DeadlineWidth)}  {warnings}";

    private static string Fit(string text, int width) =>
        text.Length <= width ? text.PadRight(width) : string.Concat(text.AsSpan(0, width - 1), "…");
}
