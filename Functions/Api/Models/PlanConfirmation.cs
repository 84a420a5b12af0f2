using DeadlineBot.Core.Plans;
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

    /// <summary>
    /// Staff's decision on each new agency the preview listed; when given, a new agency it leaves out is refused (400),
    /// so nothing enters the directory by accident. Absent: every new name that reads as a body is added.
    /// </summary>
    public IList<AgencyDecision>? Agencies { get; set; }

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

        ValidateAgencies(errors);
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

    /// <summary>
    /// The keys that make this document one plan (see <c>PlanClaims</c>): its content hash and its format-independent
    /// identities (<see cref="PlanIdentity"/>). None for a plan typed in by hand (no content hash).
    /// </summary>
    public IReadOnlyList<string> DocumentKeys() => ContentHash is { } hash && Plan is { } plan && Tasks is { } tasks
        ? [hash, .. PlanIdentity.Keys(plan.Number, plan.Issuer, plan.Date, tasks.Select(t => (t?.Ref, t?.Title)))]
        : [];

    private void ValidateAgencies(FieldErrors errors)
    {
        if (Agencies is { Count: > Limits.Tasks })
        {
            errors.Add("agencies", ApiMessages.TooMany(Limits.Tasks));
            return;
        }

        for (var i = 0; i < (Agencies?.Count ?? 0); i++)
        {
            if (Agencies![i] is { } decision)
            {
                decision.Validate(errors, FieldErrors.Item("agencies", i) + ".");
            }
            else
            {
                errors.Add(FieldErrors.Item("agencies", i), ApiMessages.Required);
            }
        }
    }
}
