namespace DeadlineBot.Core.Plans.Json;

/// <summary>The JSON shape of a <see cref="PlanImport"/>; <c>complete</c> is false when its first warnings say part was lost.</summary>
public sealed record PlanImportDocument(
    PlanHeaderJson Plan, IReadOnlyList<PlanTaskJson> Tasks, IReadOnlyList<ImportConflictJson> Conflicts, IReadOnlyList<string> Warnings,
    bool Complete)
{
    public static PlanImportDocument From(PlanImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        var plan = import.Plan;
        var header = new PlanHeaderJson(
            plan.Number, plan.Issuer, plan.Place, plan.Date, plan.Title, import.Kind.ToString().ToLowerInvariant(), import.ReportingRule);
        return new(
            header,
            [.. import.Tasks.Select(PlanTaskJson.From)],
            [.. import.Conflicts.Select(c => new ImportConflictJson(c.Ref, c.Field, c.BodyValue, c.AppendixValue, c.Message))],
            import.Warnings,
            import.IsComplete);
    }
}
