using DeadlineBot.Functions.Api.Validation;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>
/// The reviewed import preview sent back to store it: the preview's JSON as returned by
/// <c>POST /api/plans/preview</c>, possibly edited. Fields the preview adds for review (conflicts, warnings,
/// source lines) are ignored.
/// </summary>
public sealed class PlanConfirmation : IValidatable
{
    public PlanHeader? Plan { get; set; }

    public IList<TaskInput>? Tasks { get; set; }

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
