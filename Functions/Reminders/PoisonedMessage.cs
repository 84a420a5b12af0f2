using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Reminders;

/// <summary>A message on the poison queue: its body, the digest it names (null when it names none), and that digest now (null when it is not in the log).</summary>
public sealed record PoisonedMessage(string MessageId, DateTimeOffset? Inserted, long DequeueCount, string Body, ReminderMessage? Reference, DigestRecord? Digest);
