using Azure;

namespace DeadlineBot.Functions.Storage;

/// <summary>Which plan holds a document's content hash, and the claim's version (to release it).</summary>
public sealed record PlanHashClaim(string PlanId, ETag ETag);
