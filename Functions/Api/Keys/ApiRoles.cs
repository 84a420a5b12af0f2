namespace DeadlineBot.Functions.Api.Keys;

/// <summary>The two roles a key can have, and the authorization policies named after them.</summary>
public static class ApiRoles
{
    /// <summary>Union staff: load plans, edit tasks and agencies, report tasks done.</summary>
    public const string Staff = "staff";

    /// <summary>Admins: everything staff may do, plus statistics, send failures and the reminder dry run.</summary>
    public const string Admin = "admin";

    public static bool IsKnown(string? role) => role is Staff or Admin;
}
