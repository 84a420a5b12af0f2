using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Plans.Tasks;

namespace DeadlineBot.Core.Plans.Appendix;

/// <summary>
/// Links each appendix row to the body task it repeats (by shared title words) and compares them. A different deadline
/// or lead becomes an <see cref="ImportConflict"/>; nothing is overwritten. What the body leaves blank is filled from
/// the row, with a warning; a row no body task matches becomes a task of its own.
/// </summary>
internal sealed class AppendixMerger(AssignmentReader assignments, DeadlineParser deadlines, DateOnly countFrom)
{
    public const string AppendixPart = "appendix";

    /// <summary>Far more row-task pairs than any real plan has (100 tasks × 100 rows); beyond it rows are not linked.</summary>
    public const int MostPairs = 250_000;

    private const double SameTask = 0.5;

    public (List<PlanTask> Tasks, List<ImportConflict> Conflicts) Merge(
        List<PlanTask> tasks, List<AppendixRow> rows, Func<TaskDraft, PlanTask> complete)
    {
        var conflicts = new List<ImportConflict>();
        var result = tasks.ToList();
        if ((long)rows.Count * tasks.Count > MostPairs)
        {
            return (result, conflicts);
        }

        var taskWords = tasks.Select(t => TitleWords.Of(t.Title)).ToList();
        var pairs = rows
            .Select(r => (Row: r, Words: TitleWords.Of(r.Title)))
            .SelectMany(r => taskWords.Select((words, i) => (r.Row, Task: i, Score: TitleWords.Overlap(r.Words, words))))
            .Where(p => p.Score >= SameTask)
            .OrderByDescending(p => p.Score)
            .ToList();
        var linked = new Dictionary<AppendixRow, int>();
        foreach (var (row, task, _) in pairs)
        {
            if (!linked.ContainsKey(row) && !linked.ContainsValue(task))
            {
                linked[row] = task;
            }
        }

        foreach (var row in rows)
        {
            if (linked.TryGetValue(row, out var index))
            {
                result[index] = Compare(result[index], row, conflicts);
            }
            else
            {
                var assignment = Assign(row);
                result.Add(complete(new TaskDraft(
                    $"PL.{row.Row}", row.Title, assignment, row.ReportTo, row.Deadline, null,
                    new SourceLocation(row.Line, AppendixPart), [PlanMessages.AppendixOnly(row.Row)])));
            }
        }

        return (result, conflicts);
    }

    private Assignment Assign(AppendixRow row)
    {
        var lead = row.Lead is null ? [] : assignments.ReadAgencyLine(row.Lead).Lead;
        var cooperating = row.Cooperating is null ? [] : assignments.ReadAgencyLine(row.Cooperating).Lead;
        return new Assignment(lead, cooperating);
    }

    private PlanTask Compare(PlanTask task, AppendixRow row, List<ImportConflict> conflicts)
    {
        var assignment = Assign(row);
        var warnings = task.Warnings.ToList();
        var updated = task;
        if (row.Deadline is { } rowDeadline)
        {
            if (task.DeadlineText is null)
            {
                var parsed = deadlines.Parse(rowDeadline, countFrom);
                updated = updated with { DeadlineText = rowDeadline, Deadline = parsed };
                warnings.Remove(PlanMessages.NoDeadline);
                warnings.Remove(PlanMessages.DeadlineFromText);
                warnings.RemoveAll(task.Deadline.Warnings.Contains);
                warnings.Add(PlanMessages.FromAppendix("Thời hạn", row.Row));
            }
            else if (!SameDeadline(task, rowDeadline))
            {
                conflicts.Add(Conflict(task.Ref, "Thời hạn", task.DeadlineText, rowDeadline));
            }
        }

        if (assignment.HasLead)
        {
            if (task.Lead.Count == 0)
            {
                updated = updated with { Lead = assignment.Lead };
                warnings.Remove(PlanMessages.NoLead);
                warnings.Add(PlanMessages.FromAppendix("Cơ quan chủ trì", row.Row));
            }
            else if (!task.Lead.ToHashSet(StringComparer.Ordinal).SetEquals(assignment.Lead))
            {
                conflicts.Add(Conflict(task.Ref, "Cơ quan chủ trì", string.Join("; ", task.Lead), string.Join("; ", assignment.Lead)));
            }
        }

        if (task.Cooperating.Count == 0 && assignment.Cooperating.Count > 0)
        {
            updated = updated with { Cooperating = assignment.Cooperating };
        }

        if (task.ReportTo is null && row.ReportTo is not null)
        {
            updated = updated with { ReportTo = row.ReportTo };
        }

        return updated with { Warnings = warnings };
    }

    private bool SameDeadline(PlanTask task, string rowDeadline)
    {
        var row = deadlines.Parse(rowDeadline, countFrom);
        if (task.Deadline.IsUnderstood && row.IsUnderstood)
        {
            return task.Deadline.Schedules.SequenceEqual(row.Schedules);
        }

        return string.Equals(Plain(task.DeadlineText!), Plain(rowDeadline), StringComparison.Ordinal);
    }

    private static string Plain(string text) =>
        string.Join(' ', TitleWords.Of(text.Replace("/", " năm ", StringComparison.Ordinal)).Order(StringComparer.Ordinal));

    private static ImportConflict Conflict(string reference, string field, string body, string appendix) =>
        new(reference, field, body, appendix, PlanMessages.Conflict(field, body, appendix));
}
