using Azure;

namespace DeadlineBot.Functions.Storage;

/// <summary>A plan's state as read: closed (every task done, so the scan skips its partition) or not, with the row's ETag.</summary>
public sealed record PlanState(string PlanId, bool Closed, DateTimeOffset? OpenedAt, ETag ETag);
