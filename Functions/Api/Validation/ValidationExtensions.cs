namespace DeadlineBot.Functions.Api.Validation;

public static class ValidationExtensions
{
    /// <summary>Validates the <typeparamref name="T"/> body before the handler runs (see <see cref="ValidationFilter{T}"/>).</summary>
    public static RouteHandlerBuilder Validated<T>(this RouteHandlerBuilder builder)
        where T : class, IValidatable
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
    }
}
