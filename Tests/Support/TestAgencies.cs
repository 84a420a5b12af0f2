using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Tests.Support;

/// <summary>Agencies with addresses unique to one test (<c>so-noi-vu.t1a2b3@example.test</c>), so tests sharing MailDev do not see each other's emails.</summary>
public sealed class TestAgencies(string prefix)
{
    public string AddressOf(string agency) => $"{Core.Agencies.AgencyId.FromName(agency).Value}.{prefix}@example.test";

    public Agency Agency(string name, params string[] aliases) => new(name, name, [AddressOf(name)], aliases);

    public async Task AddAsync(AgencyRepository repository, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        foreach (var name in names)
        {
            await repository.AddAsync(Agency(name), cancellationToken);
        }
    }
}
