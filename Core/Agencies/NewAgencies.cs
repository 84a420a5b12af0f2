namespace DeadlineBot.Core.Agencies;

/// <summary>
/// The names that would become new directory entries: leads and cooperating agencies that read as a body
/// (<see cref="AgencyNames.IsBody"/>) and that <paramref name="known"/> does not answer to. Group phrases stay on their
/// tasks and are never listed. Names are compared after <paramref name="canonical"/> (abbreviations resolved).
/// </summary>
public static class NewAgencies
{
    /// <param name="names">Per task, in order: the leads and cooperating agencies as written.</param>
    /// <param name="canonical">The name a task would store (the seed directory's canonical name).</param>
    /// <param name="known">Whether the agency directory already has an entry called so.</param>
    public static IReadOnlyList<NewAgency> Find(
        IEnumerable<IEnumerable<string>> names, Func<string, string> canonical, Func<string, bool> known)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(canonical);
        ArgumentNullException.ThrowIfNull(known);
        var found = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        var index = 0;
        foreach (var task in names)
        {
            foreach (var name in task.Select(canonical).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!found.TryGetValue(name, out var tasks))
                {
                    if (!AgencyNames.IsBody(name) || known(name))
                    {
                        continue;
                    }

                    found[name] = tasks = [];
                    order.Add(name);
                }

                tasks.Add(index);
            }

            index++;
        }

        return [.. order.Select(n => new NewAgency(n, found[n]))];
    }
}
