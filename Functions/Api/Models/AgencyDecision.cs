using DeadlineBot.Functions.Api.Validation;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>
/// What staff decided about a new agency the preview listed (<c>newAgencies</c>): <c>{"name", "accept": true}</c> adds
/// it to the directory; <c>{"name", "renameTo"}</c> puts an existing agency (its id, or one of its names) or a new entry
/// under another name in its place on the tasks; <c>{"name", "accept": false}</c> leaves it written on the tasks, never
/// in the directory.
/// </summary>
public sealed class AgencyDecision
{
    /// <summary>The name as the preview listed it.</summary>
    public string? Name { get; set; }

    public bool? Accept { get; set; }

    public string? RenameTo { get; set; }

    public void Validate(FieldErrors errors, string prefix)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Name(prefix + "name", Name);
        if (RenameTo is not null)
        {
            errors.Name(prefix + "renameTo", RenameTo);
            if (Accept is not null)
            {
                errors.Add(prefix + "accept", ApiMessages.AcceptOrRename);
            }
        }
        else if (Accept is null)
        {
            errors.Add(prefix + "accept", ApiMessages.AcceptOrRename);
        }
    }
}
