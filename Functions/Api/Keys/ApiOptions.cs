using System.ComponentModel.DataAnnotations;

namespace DeadlineBot.Functions.Api.Keys;

/// <summary>The self-hosted API's keys (section <c>DeadlineBot:Api</c>, entries <c>Keys:0:Name</c>, <c>Keys:0:Key</c>, <c>Keys:0:Role</c>).</summary>
public sealed class ApiOptions : IValidatableObject
{
    public const string Section = "DeadlineBot:Api";

    /// <summary>Shorter keys are refused at start: they could be guessed.</summary>
    public const int MinimumKeyLength = 12;

    public IList<ApiKey> Keys { get; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            var key = Keys[i];
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                yield return new ValidationResult(ApiMessages.KeyWithoutName(i), [$"Keys:{i}:Name"]);
            }

            if (key.Key is null || key.Key.Length < MinimumKeyLength)
            {
                yield return new ValidationResult(ApiMessages.KeyTooShort(i, MinimumKeyLength), [$"Keys:{i}:Key"]);
            }

            if (!ApiRoles.IsKnown(key.Role))
            {
                yield return new ValidationResult(ApiMessages.UnknownRole(i, key.Role), [$"Keys:{i}:Role"]);
            }
        }

        if (Keys.Select(k => k.Key).Distinct(StringComparer.Ordinal).Count() != Keys.Count)
        {
            yield return new ValidationResult(ApiMessages.DuplicateKeys, ["Keys"]);
        }
    }
}
