namespace DeadlineBot.Functions.Api.Validation;

/// <summary>A request body that can say what is wrong with it, field by field.</summary>
public interface IValidatable
{
    void Validate(FieldErrors errors);
}
