namespace DeadlineBot.Functions.Api.Models;

/// <summary>A plan with its tasks; after a confirmation, also the agencies it added to the directory.</summary>
public sealed record PlanDetail(PlanView Plan, IReadOnlyList<TaskView> Tasks, IReadOnlyList<string> NewAgencies);
