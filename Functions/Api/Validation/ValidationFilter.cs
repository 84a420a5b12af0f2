namespace DeadlineBot.Functions.Api.Validation;

/// <summary>
/// Runs <see cref="IValidatable.Validate"/> on the endpoint's <typeparamref name="T"/> argument before the handler,
/// and answers 400 with a ValidationProblem keyed by field when anything is wrong: the handler never sees bad input.
/// </summary>
public sealed class ValidationFilter<T> : IEndpointFilter
    where T : class, IValidatable
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var errors = new FieldErrors();
        var body = context.Arguments.OfType<T>().FirstOrDefault();
        if (body is null)
        {
            errors.Add("body", ApiMessages.BodyRequired);
        }
        else
        {
            body.Validate(errors);
        }

        return errors.Any ? TypedResults.ValidationProblem(errors.ToDictionary()) : await next(context);
    }
}
