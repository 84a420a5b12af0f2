using DeadlineBot.Functions.Api.Validation;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>
/// The reviewed import preview sent back to store it: the preview's JSON as returned by
/// <c>POST /api/plans/preview</c>, possibly edited. Fields the preview adds for review (conflicts, warnings,
/// source lines) are ignored; its <c>contentHash</c> is kept, so the same document is confirmed once.
/// </summary>
public sealed class PlanConfirmation : IValidatable
{
    public PlanHeader? Plan { get; set; }

    public IList<TaskInput>? Tasks { get; set; }

    /// <summary>The preview's SHA-256 of the document (64 hex digits); absent for a plan typed in by hand.</summary>
    public string? ContentHash { get; set; }

    public void Validate(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Plan is null)
        {
            errors.Add("plan", ApiMessages.Required);
        }
        else
        {
            Plan.Validate(errors, "plan.");
        }

        if (ContentHash is { } hash && (hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower)))
        {
            errors.Add("contentHash", ApiMessages.ContentHash);
        }

        if (Tasks is null)
        {
            errors.Add("tasks", ApiMessages.Required);
            return;
        }

        if (Tasks.Count > Limits.Tasks)
        {
            errors.Add("tasks", ApiMessages.TooMany(Limits.Tasks));
            return;
        }

        for (var i = 0; i < Tasks.Count; i++)
        {
            var field = FieldErrors.Item("tasks", i);
            if (Tasks[i] is { } task)
            {
                task.Validate(errors, field + ".", leadRequired: false);
            }
            else
            {
                errors.Add(field, ApiMessages.Required);
            }
        }
    }
}
