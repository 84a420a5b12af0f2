using DeadlineBot.Functions.Api.Keys;

namespace DeadlineBot.Functions.Web.Security;

/// <summary>Who is using the web app: a name to show and log, and a role (<see cref="ApiRoles"/>).</summary>
public sealed record WebUser(string Name, string Role)
{
    public bool IsAdmin => Role == ApiRoles.Admin;

    /// <summary>Whether the user may open a page for <paramref name="role"/> (admins may open staff pages).</summary>
    public bool Has(string role) => Role == role || IsAdmin;
}
