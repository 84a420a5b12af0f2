using System.Text;
using System.Text.Json;
using DeadlineBot.Functions.Api.Keys;

namespace DeadlineBot.Functions.Web.Security;

/// <summary>
/// The user App Service Authentication (Easy Auth) signed in, from the <c>X-MS-CLIENT-PRINCIPAL</c> header it sets on
/// every request it lets through (base64 JSON: <c>auth_typ</c>, <c>claims[{typ, val}]</c>, <c>name_typ</c>,
/// <c>role_typ</c>). Entra ID's app roles arrive as <c>roles</c> claims: <c>admin</c> wins over <c>staff</c>; a user
/// with neither has no role here. Only read when <see cref="SignInMode.EntraId"/> is configured: elsewhere anyone could send the header.
/// </summary>
public static class ClientPrincipal
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>The user and role; null when the header is absent, malformed or grants no role of this app.</summary>
    public static WebUser? Read(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            var root = document.RootElement;
            var nameType = Text(root, "name_typ") ?? "name";
            var roleType = Text(root, "role_typ") ?? "roles";
            var claims = root.TryGetProperty("claims", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(c => (Type: Text(c, "typ"), Value: Text(c, "val"))).ToList()
                : [];
            string? Claim(params string[] types) => claims.FirstOrDefault(c => types.Contains(c.Type) && !string.IsNullOrWhiteSpace(c.Value)).Value;
            var roles = claims.Where(c => c.Type == roleType || c.Type == "roles").Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var role = roles.Contains(ApiRoles.Admin) ? ApiRoles.Admin : roles.Contains(ApiRoles.Staff) ? ApiRoles.Staff : null;
            var name = Claim(nameType, "name", "preferred_username", "email") ?? "?";
            return role is null ? null : new WebUser(name, role);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
