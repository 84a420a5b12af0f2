using DeadlineBot.Functions.Api.Validation;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>An agency as staff send it: canonical name (its key), the name to show, where reminders go, other names.</summary>
public sealed class AgencyInput : IValidatable
{
    public string? Name { get; set; }

    public string? DisplayName { get; set; }

    public IList<string>? Emails { get; set; }

    public IList<string>? Aliases { get; set; }

    public void Validate(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Name("name", Name);
        errors.Name("displayName", DisplayName, required: false);
        errors.Names("aliases", Aliases?.ToList(), required: false);
        var emails = Emails ?? [];
        if (emails.Count > Limits.ListItems)
        {
            errors.Add("emails", ApiMessages.TooMany(Limits.ListItems));
            return;
        }

        for (var i = 0; i < emails.Count; i++)
        {
            errors.Email(FieldErrors.Item("emails", i), emails[i]);
        }
    }
}
