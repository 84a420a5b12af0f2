using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Plans.Appendix;

namespace DeadlineBot.Core.Plans.Revisions;

/// <summary>
/// What a revised version of a plan changes: tasks added (indexes into the revision), removed (indexes into the stored
/// version), changed (matched, with the fields that differ) and unchanged (matched, the same). Tasks are matched by
/// title first (so a task inserted in the middle, renumbering the rest, matches every later task to itself), then by
/// similar titles, favouring the same number; a task whose title shares too little with every other is added/removed.
/// </summary>
public sealed record PlanDiff(IReadOnlyList<int> Added, IReadOnlyList<int> Removed, IReadOnlyList<TaskPair> Changed, IReadOnlyList<TaskPair> Unchanged)
{
    /// <summary>The least share of title words two tasks must have in common to be one task revised.</summary>
    public const double SimilarTitle = 0.5;

    /// <summary>The same, for two tasks that also carry the same number.</summary>
    public const double SimilarTitleSameRef = 0.3;

    public static PlanDiff Compare(IReadOnlyList<TaskVersion> stored, IReadOnlyList<TaskVersion> revised)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(revised);
        var storedWords = stored.Select(t => TitleWords.Of(t.Title)).ToList();
        var revisedWords = revised.Select(t => TitleWords.Of(t.Title)).ToList();
        var candidates = new List<(int Stored, int Revised, double Score)>();
        for (var s = 0; s < stored.Count; s++)
        {
            for (var r = 0; r < revised.Count; r++)
            {
                if (Score(stored[s], revised[r], storedWords[s], revisedWords[r]) is { } score)
                {
                    candidates.Add((s, r, score));
                }
            }
        }

        var matched = new Dictionary<int, int>();
        var taken = new HashSet<int>();
        foreach (var (s, r, _) in candidates.OrderByDescending(c => c.Score).ThenBy(c => Math.Abs(c.Stored - c.Revised)).ThenBy(c => c.Stored))
        {
            if (!matched.ContainsKey(s) && taken.Add(r))
            {
                matched[s] = r;
            }
        }

        var pairs = matched.OrderBy(m => m.Value)
            .Select(m => new TaskPair(m.Key, m.Value, Differences(stored[m.Key], revised[m.Value]), !SameText(stored[m.Key].Ref, revised[m.Value].Ref)))
            .ToList();
        return new(
            [.. Enumerable.Range(0, revised.Count).Where(r => !taken.Contains(r))],
            [.. Enumerable.Range(0, stored.Count).Where(s => !matched.ContainsKey(s))],
            [.. pairs.Where(p => p.Fields.Count > 0)],
            [.. pairs.Where(p => p.Fields.Count == 0)]);
    }

    /// <summary>The fields of <paramref name="before"/> that <paramref name="after"/> changes (the number aside).</summary>
    public static IReadOnlyList<string> Differences(TaskVersion before, TaskVersion after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var fields = new List<string>();
        if (!SameText(before.Title, after.Title))
        {
            fields.Add(TaskField.Title);
        }

        if (!SameNames(before.Lead, after.Lead))
        {
            fields.Add(TaskField.Lead);
        }

        if (!SameNames(before.Cooperating, after.Cooperating))
        {
            fields.Add(TaskField.Cooperating);
        }

        if (!SameText(before.DeadlineText, after.DeadlineText) || !SameSchedules(before.Schedules, after.Schedules))
        {
            fields.Add(TaskField.Deadline);
        }

        if (!SameText(before.ReportTo, after.ReportTo))
        {
            fields.Add(TaskField.Reporting);
        }

        return fields;
    }

    /// <summary>How well two tasks match (higher is better); null when they are not one task revised.</summary>
    private static double? Score(TaskVersion stored, TaskVersion revised, HashSet<string> storedWords, HashSet<string> revisedWords)
    {
        if (SameText(stored.Title, revised.Title))
        {
            return 2 + (SameText(stored.Ref, revised.Ref) ? 0.5 : 0);
        }

        var union = storedWords.Count + revisedWords.Count - storedWords.Count(revisedWords.Contains);
        var similarity = union == 0 ? 0 : storedWords.Count(revisedWords.Contains) / (double)union;
        var sameRef = SameText(stored.Ref, revised.Ref);
        return similarity >= SimilarTitle || (sameRef && similarity >= SimilarTitleSameRef) ? similarity + (sameRef ? 0.25 : 0) : null;
    }

    private static bool SameText(string? a, string? b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    private static string Normalize(string? text) =>
        string.Join(' ', (text ?? string.Empty).Normalize(System.Text.NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool SameNames(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Select(Normalize).Order(StringComparer.Ordinal).SequenceEqual(b.Select(Normalize).Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static bool SameSchedules(IReadOnlyList<Schedule> a, IReadOnlyList<Schedule> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Kind == p.Second.Kind && p.First.Start == p.Second.Start
            && p.First.Due == p.Second.Due && p.First.Recurrence == p.Second.Recurrence);
}
