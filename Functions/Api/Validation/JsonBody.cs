using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Api.Validation;

/// <summary>
/// A request's JSON body, read and validated before a function acts on it: a body that is not JSON, is missing,
/// does not parse (the field at fault named) or fails <see cref="IValidatable.Validate"/> gives a 4xx ProblemDetails
/// and the function never sees it.
/// </summary>
public static class JsonBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class, IValidatable
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength is 0 || (request.ContentLength is null && string.IsNullOrEmpty(request.ContentType)))
        {
            return (null, Problems.BadRequest("body", ApiMessages.BodyRequired));
        }

        if (BodyCharset.IsUnknown(request.ContentType))
        {
            return (null, Problems.Field(StatusCodes.Status415UnsupportedMediaType, "Content-Type", ApiMessages.UnknownCharset));
        }

        if (!request.HasJsonContentType())
        {
            return (null, Problems.Status(StatusCodes.Status415UnsupportedMediaType, ApiMessages.JsonNeeded));
        }

        T? value;
        try
        {
            var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, cancellationToken);
        }
        catch (JsonException e)
        {
            return (null, Problems.BadRequest(FieldOf(e), ApiMessages.MalformedJson));
        }

        var errors = new FieldErrors();
        if (value is null)
        {
            errors.Add("body", ApiMessages.BodyRequired);
        }
        else
        {
            value.Validate(errors);
        }

        return errors.Any ? (null, TypedResults.ValidationProblem(errors.ToDictionary())) : (value, null);
    }

    /// <summary><c>$.tasks[0].title</c> → <c>tasks[0].title</c>; the body itself when the path is unknown.</summary>
    private static string FieldOf(JsonException json) =>
        json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
}
