using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Hosting;

/// <summary>One entry of <c>samples/agencies.json</c>.</summary>
public sealed record AgencySeed(string Name, string? DisplayName, IReadOnlyList<string>? Emails, IReadOnlyList<string>? Aliases)
{
    public Agency ToAgency() => new(Name, DisplayName ?? Name, Emails ?? [], Aliases ?? []);
}
