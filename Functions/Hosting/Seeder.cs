using System.Text.Json;
using DeadlineBot.Core.Plans;
using DeadlineBot.Functions.Storage;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// Loads sample plans (through the importer, as read, without review) and agency addresses into storage when
/// <c>DeadlineBot:Seed</c> names them: what <c>scripts/run.sh</c> uses so a newcomer sees reminders for real
/// tasks. Runs before the app takes requests; plans only into an empty plans table, agencies only when missing.
/// The importer is resolved only when a plan is seeded: building it (the agency directory, the holiday calendar) would
/// otherwise be part of every start, seeding or not.
/// </summary>
public sealed class Seeder(
    IServiceProvider services,
    PlanRepository plans,
    TaskRepository tasks,
    AgencyRepository agencies,
    TimeProvider time,
    IOptions<SeedOptions> options,
    ILogger<Seeder> logger) : IHostedService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Agencies is { Length: > 0 } file)
        {
            await using var stream = File.OpenRead(file);
            await SeedAgenciesAsync(stream, cancellationToken);
        }

        if (options.Value.Plans is { Length: > 0 } folder && (await plans.ListAsync(cancellationToken)).Count == 0)
        {
            foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                await using var stream = File.OpenRead(path);
                await SeedPlanAsync(stream, Path.GetFileName(path), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Imports one plan and stores it with its tasks; returns the plan id, or null when the file is no plan.</summary>
    public async Task<string?> SeedPlanAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        PlanImport import;
        try
        {
            import = services.GetRequiredService<PlanImporter>().Import(content, fileName, cancellationToken);
        }
        catch (PlanReadException e)
        {
            logger.LogWarning("Skipped {File}: {Reason}", fileName, e.Message);
            return null;
        }

        var (plan, planTasks) = ImportedPlans.ToStored(import, StoredPlan.NewId(time.GetUtcNow()), fileName, time.GetUtcNow());
        await plans.AddAsync(plan, cancellationToken);
        await tasks.AddManyAsync(planTasks, cancellationToken);
        logger.LogInformation("Loaded {File} as plan {PlanId} ({Number}) with {Count} tasks", fileName, plan.Id, plan.Number, planTasks.Count);
        return plan.Id;
    }

    public async Task SeedAgenciesAsync(Stream json, CancellationToken cancellationToken)
    {
        var entries = await JsonSerializer.DeserializeAsync<AgencySeed[]>(json, Json, cancellationToken) ?? [];
        foreach (var entry in entries)
        {
            await agencies.AddAsync(entry.ToAgency(), cancellationToken);
        }

        logger.LogInformation("Loaded {Count} agencies", entries.Length);
    }
}
