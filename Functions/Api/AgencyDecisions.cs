using DeadlineBot.Core.Agencies;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// The new agencies of an import (names that read as a body and that the directory does not know) and what staff
/// decided about them: accepted names become directory entries, renamed ones give way to an existing agency or a new
/// entry under the new name, refused ones stay written on their tasks.
/// </summary>
public sealed class AgencyDecisions(AgencyRepository agencies, AgencyDirectory directory)
{
    /// <summary>The new agencies among the leads and cooperating agencies of each task (in task order).</summary>
    public async Task<IReadOnlyList<NewAgency>> FindAsync(IEnumerable<IEnumerable<string>> names, CancellationToken cancellationToken)
    {
        var known = await agencies.ListAsync(cancellationToken);
        return NewAgencies.Find(names, n => directory.Canonical(n), n => known.Any(a => a.IsCalled(n)));
    }

    /// <summary>Resolves <paramref name="decisions"/> against the new agencies of <paramref name="tasks"/>.</summary>
    public async Task<AgencyResolution> ResolveAsync(IList<TaskInput> tasks, IList<AgencyDecision> decisions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(decisions);
        var known = await agencies.ListAsync(cancellationToken);
        var found = NewAgencies.Find(
            tasks.Select(t => (t.Lead ?? []).Concat(t.Cooperating ?? [])), n => directory.Canonical(n), n => known.Any(a => a.IsCalled(n)));
        var undecided = new List<string>();
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        var create = new List<string>();
        foreach (var agency in found)
        {
            var index = IndexOf(decisions, agency.Name);
            if (index < 0)
            {
                undecided.Add(agency.Name);
                continue;
            }

            var decision = decisions[index];
            if (decision.RenameTo is { } renameTo)
            {
                if (Target(renameTo, known) is not { } target)
                {
                    return new([], renames, create, FieldErrorsItem(index) + ".renameTo");
                }

                renames[agency.Name] = target;
                if (!known.Any(a => a.IsCalled(target)) && !create.Contains(target, StringComparer.Ordinal))
                {
                    create.Add(target);
                }
            }
            else if (decision.Accept == true)
            {
                create.Add(agency.Name);
            }
        }

        return new(undecided, renames, create);
    }

    /// <summary>Adds a directory entry for each name (without an address yet); the names added.</summary>
    public async Task<IReadOnlyList<string>> CreateAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var added = new List<string>();
        foreach (var name in names)
        {
            if ((await agencies.AddAsync(new Agency(name, name, [], []), cancellationToken)).Saved)
            {
                added.Add(name);
            }
        }

        return added;
    }

    /// <summary>
    /// The canonical name <paramref name="renameTo"/> stands for: an existing agency given by id or by one of its names,
    /// or a new name. Null when it is written as an id (lower-case ASCII words joined by '-') that no agency has.
    /// </summary>
    private string? Target(string renameTo, IReadOnlyList<Agency> known)
    {
        var name = directory.Canonical(renameTo);
        if ((known.FirstOrDefault(a => a.Id.Value == renameTo) ?? known.FirstOrDefault(a => a.IsCalled(name))) is { } agency)
        {
            return agency.Name;
        }

        return AgencyId.TryFromName(renameTo, out var id) && id.Value == renameTo ? null : name;
    }

    private int IndexOf(IList<AgencyDecision> decisions, string name)
    {
        var wanted = Agency.Normalize(name);
        for (var i = 0; i < decisions.Count; i++)
        {
            if (decisions[i].Name is { } given && string.Equals(Agency.Normalize(directory.Canonical(given)), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static string FieldErrorsItem(int index) => Validation.FieldErrors.Item("agencies", index);
}
