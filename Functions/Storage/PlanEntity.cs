namespace DeadlineBot.Functions.Storage;

/// <summary>A row of the plans table: PartitionKey "plan", RowKey = plan id (a province holds hundreds of plans at most).</summary>
internal sealed class PlanEntity : TableRow
{
    public const string Partition = "plan";

    public PlanEntity()
    {
        PartitionKey = Partition;
    }

    public string? Number { get; set; }

    public string? Issuer { get; set; }

    public string? Place { get; set; }

    public string? Date { get; set; }

    public string? Title { get; set; }

    public string? FileName { get; set; }

    public DateTimeOffset Imported { get; set; }

    public int? YearlyDueMonth { get; set; }

    public int? YearlyDueDay { get; set; }

    public string? TrackingFrom { get; set; }
    public string? ContentHash { get; set; }

    public static PlanEntity From(StoredPlan plan) => new()
    {
        RowKey = TableKeys.Require(plan.Id, "Plan id"),
        Number = plan.Number,
        Issuer = plan.Issuer,
        Place = plan.Place,
        Date = StoredDates.Write(plan.Date),
        Title = plan.Title,
        FileName = plan.FileName,
        Imported = plan.Imported,
        YearlyDueMonth = plan.YearlyDueMonth,
        YearlyDueDay = plan.YearlyDueDay,
        TrackingFrom = StoredDates.Write(plan.TrackingFrom),
        ContentHash = plan.ContentHash,
    };

    public StoredPlan ToPlan() =>
        new(RowKey, Number, Issuer, Place, StoredDates.Read(Date), Title, FileName, Imported, YearlyDueMonth, YearlyDueDay, StoredDates.Read(TrackingFrom), ContentHash)
        {
            ETag = ETag,
        };
}
