namespace DeadlineBot.Core.Reminders;

/// <summary>
/// One day's plan built task by task (<see cref="ReminderPlanner.Begin"/>), so a caller that reads tasks page by page,
/// or several pages at once, keeps only the reminders found rather than every task. <see cref="Add"/> may be called
/// from several threads; <see cref="Digests"/> gives the same digests as <see cref="ReminderPlanner.Plan"/> over the
/// same tasks, whatever the order they came in.
/// </summary>
public sealed class ReminderPlan
{
    private readonly ReminderPlanner _planner;
    private readonly DateOnly _from;
    private readonly Dictionary<string, List<ReminderItem>> _byAgency = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _tasks;

    internal ReminderPlan(ReminderPlanner planner, DateOnly today, DateOnly from)
    {
        _planner = planner;
        Today = today;
        _from = from;
    }

    public DateOnly Today { get; }

    /// <summary>How many tasks were added.</summary>
    public int Tasks => Volatile.Read(ref _tasks);

    /// <summary>Plans <paramref name="task"/>: at most one item, in the digest of each agency that leads it.</summary>
    public void Add(TrackedTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        Interlocked.Increment(ref _tasks);
        if (task.Lead.Count == 0 || _planner.ItemFor(task, _from, Today) is not { } item)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var agency in task.Lead.Distinct(StringComparer.Ordinal))
            {
                if (!_byAgency.TryGetValue(agency, out var items))
                {
                    _byAgency[agency] = items = [];
                }

                items.Add(item);
            }
        }
    }

    /// <summary>One digest per agency (by agency name), its items by due date, reference, task id and plan id.</summary>
    public IReadOnlyList<ReminderDigest> Digests()
    {
        lock (_gate)
        {
            return [.. _byAgency.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new ReminderDigest(pair.Key, Today, [.. pair.Value
                .OrderBy(i => i.Due).ThenBy(i => i.Ref, StringComparer.Ordinal).ThenBy(i => i.TaskId, StringComparer.Ordinal).ThenBy(i => i.PlanId, StringComparer.Ordinal)]))];
        }
    }
}
