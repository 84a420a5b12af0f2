namespace DeadlineBot.Functions.Api.Keys;

/// <summary>One configured key: who holds it (<see cref="Name"/>, logged), the secret, and its role (staff or admin).</summary>
public sealed class ApiKey
{
    public string Name { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    public string Role { get; set; } = ApiRoles.Staff;
}
