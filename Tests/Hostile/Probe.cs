namespace DeadlineBot.Tests.Hostile;

/// <summary>
/// One generated request. <see cref="Path"/> and <see cref="IfMatch"/> may hold placeholders the campaign fills in
/// when it sends the probe, from what is stored then: <c>{plan}</c>, <c>{task}</c>, <c>{agency}</c>, <c>{link:kind}</c>, <c>{feed:kind}</c>,
/// <c>{etag}</c> (the resource's current version) and <c>{stale}</c> (a well-formed version it no longer has).
/// </summary>
public sealed record Probe(string Method, string Path, Need Need, string? Key, string? IfMatch, Body? Body, string What)
{
    public bool IsWrite => Method != "GET";

    /// <summary>The key (or link) satisfies the route, so a 2xx is allowed and may change data.</summary>
    public bool Authorized => Need switch
    {
        Need.Nothing => true,
        Need.StaffKey => Key is Keys.Staff or Keys.Admin,
        Need.AdminKey => Key == Keys.Admin,
        Need.SignedFeed => Path.Contains("{feed:valid}", StringComparison.Ordinal),
        _ => Path.Contains("{link:valid}", StringComparison.Ordinal),
    };

    public override string ToString() => $"{Method} {Path} [{What}]";
}
