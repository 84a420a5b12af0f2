using System.Text.Json.Serialization;

namespace DeadlineBot.Core.Plans.Json;

/// <summary>Source-generated System.Text.Json metadata for the import JSON (camelCase, nulls written).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(PlanImportDocument))]
public sealed partial class PlanJsonContext : JsonSerializerContext;
