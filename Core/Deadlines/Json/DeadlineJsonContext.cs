using System.Text.Json.Serialization;

namespace DeadlineBot.Core.Deadlines.Json;

/// <summary>Source-generated System.Text.Json metadata for the deadline JSON shapes (camelCase, nulls written).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(DeadlineResultJson))]
[JsonSerializable(typeof(DeadlineRequestJson))]
[JsonSerializable(typeof(DeadlineLineErrorJson))]
public sealed partial class DeadlineJsonContext : JsonSerializerContext;
