using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>What the reminder planner would send on <see cref="Date"/>: one digest per agency.</summary>
public sealed record DryRunView(DateOnly Date, int Emails, int Reminders, IReadOnlyList<ReminderDigest> Digests);
