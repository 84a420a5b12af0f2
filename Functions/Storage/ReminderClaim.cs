using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Functions.Storage;

/// <summary>A reminder a digest wants to hold: <see cref="Item"/> for <see cref="Agency"/>, on behalf of <see cref="DigestId"/>.</summary>
public readonly record struct ReminderClaim(string Agency, ReminderItem Item, string DigestId);
