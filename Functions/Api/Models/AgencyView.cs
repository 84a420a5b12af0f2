using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>An agency as the API shows it; <see cref="Id"/> is derived from the canonical name.</summary>
public sealed record AgencyView(
    string Id,
    string Name,
    string DisplayName,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Aliases,
    string ETag)
{
    public static AgencyView From(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return new(agency.Id.Value, agency.Name, agency.DisplayName, agency.Emails, agency.Aliases, agency.ETag.ToString());
    }
}
