using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Api.Validation;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>An agency as the web form carries it: addresses and other names one per line, and the version the form was made on.</summary>
public sealed record AgencyForm(AgencyInput Input, string? ETag)
{
    public const string Name = "name";
    public const string DisplayName = "displayName";
    public const string Emails = "emails";
    public const string Aliases = "aliases";
    public const string Version = "etag";

    public static AgencyForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string? Get(string name) => form[name].ToString() is { Length: > 0 } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        return new(
            new AgencyInput { Name = Get(Name), DisplayName = Get(DisplayName), Emails = TaskForm.Lines(Get(Emails)), Aliases = TaskForm.Lines(Get(Aliases)) },
            Get(Version));
    }

    public static AgencyForm Of(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return new(new AgencyInput { Name = agency.Name, DisplayName = agency.DisplayName, Emails = [.. agency.Emails], Aliases = [.. agency.Aliases] }, agency.ETag.ToString());
    }

    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new FieldErrors();
        Input.Validate(errors);
        return errors.ToDictionary();
    }
}
