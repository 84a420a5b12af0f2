namespace DeadlineBot.Functions.Storage;

/// <summary>
/// A row of the agencies table: PartitionKey "agency", RowKey = <see cref="DeadlineBot.Core.Agencies.AgencyId"/>
/// of the canonical name. Aliases live in the row (JSON): the directory has a few hundred rows, so a name that
/// is not canonical is found by reading the one partition.
/// </summary>
internal sealed class AgencyEntity : TableRow
{
    public const string Partition = "agency";

    public AgencyEntity()
    {
        PartitionKey = Partition;
    }

    public string Name { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string? Emails { get; set; }

    public string? Aliases { get; set; }

    public string? FeedToken { get; set; }

    public static AgencyEntity From(Agency agency)
    {
        var name = Agency.Normalize(agency.Name);
        return new()
        {
            RowKey = agency.Id.Value,
            Name = name,
            DisplayName = Agency.Normalize(agency.DisplayName),
            Emails = StoredJson.WriteNames(agency.Emails),
            Aliases = StoredJson.WriteNames(agency.Aliases.Select(Agency.Normalize).ToList()),
            FeedToken = agency.FeedToken,
        };
    }

    public Agency ToAgency() =>
        new(Name, DisplayName, StoredJson.ReadNames(Emails), StoredJson.ReadNames(Aliases)) { ETag = ETag, FeedToken = FeedToken };
}
