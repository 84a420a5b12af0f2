using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>What would be sent on <see cref="Date"/>: one digest (email) per agency, without the reminders already sent.</summary>
public sealed record DryRunView(DateOnly Date, int Emails, int Reminders, int AlreadySent, IReadOnlyList<ReminderDigest> Digests);
