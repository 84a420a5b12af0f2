using DeadlineBot.Core.Agencies;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Api.Validation;
using DeadlineBot.Functions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeadlineBot.Functions.Api;

/// <summary>The agency directory: list, read, add, replace (If-Match), delete.</summary>
public static class AgenciesApi
{
    public static IEndpointRouteBuilder MapAgencies(this IEndpointRouteBuilder app)
    {
        var agencies = app.MapGroup("/api/agencies").WithTags("Agencies");
        // Reads need a key too: an agency's entry holds people's email addresses.
        agencies.MapGet("/", ListAsync).RequireKey(ApiRoles.Staff).WithSummary("Every agency in the directory.");
        agencies.MapGet("/{agencyId}", GetAsync).RequireKey(ApiRoles.Staff).WithSummary("One agency; its ETag header is the version to send back in If-Match.");
        agencies.MapPost("/", AddAsync).Validated<AgencyInput>().RequireKey(ApiRoles.Staff)
            .WithSummary("Add an agency: canonical name, display name, email addresses, other names.");
        agencies.MapPut("/{agencyId}", ReplaceAsync).Validated<AgencyInput>().RequireKey(ApiRoles.Staff)
            .WithSummary("Replace an agency's display name, emails and other names; needs If-Match.");
        agencies.MapDelete("/{agencyId}", DeleteAsync).RequireKey(ApiRoles.Staff).WithSummary("Delete an agency (If-Match optional).");
        return app;
    }

    private static async Task<Ok<AgencyView[]>> ListAsync(AgencyRepository agencies, CancellationToken cancellationToken) =>
        TypedResults.Ok((await agencies.ListAsync(cancellationToken)).Select(AgencyView.From).ToArray());

    private static async Task<Results<Ok<AgencyView>, ProblemHttpResult>> GetAsync(
        string agencyId, HttpResponse response, AgencyRepository agencies, CancellationToken cancellationToken)
    {
        if (!AgencyId.TryParse(agencyId, out var id) || await agencies.GetAsync(id, cancellationToken) is not { } agency)
        {
            return Problems.NotFound("agencyId", ApiMessages.AgencyNotFound);
        }

        response.Headers.ETag = agency.ETag.ToString();
        return TypedResults.Ok(AgencyView.From(agency));
    }

    private static async Task<Results<Created<AgencyView>, ProblemHttpResult>> AddAsync(
        AgencyInput input, HttpResponse response, AgencyRepository agencies, AgencyDirectory directory, CancellationToken cancellationToken)
    {
        var agency = ToAgency(input, directory.Canonical(input.Name!));
        var result = await agencies.AddAsync(agency, cancellationToken);
        if (!result.Saved)
        {
            return Problems.Field(StatusCodes.Status409Conflict, "name", ApiMessages.AgencyExists);
        }

        response.Headers.ETag = result.ETag.ToString();
        return TypedResults.Created($"/api/agencies/{agency.Id.Value}", AgencyView.From(agency with { ETag = result.ETag }));
    }

    private static async Task<Results<Ok<AgencyView>, ProblemHttpResult>> ReplaceAsync(
        string agencyId, AgencyInput input, HttpRequest request, HttpResponse response, AgencyRepository agencies,
        AgencyDirectory directory, CancellationToken cancellationToken)
    {
        var ifMatch = IfMatch.Parse(request.Headers.IfMatch);
        if (Problems.Refuse(ifMatch, required: true) is { } refused)
        {
            return refused;
        }

        if (!AgencyId.TryParse(agencyId, out var id) || await agencies.GetAsync(id, cancellationToken) is not { } current)
        {
            return Problems.NotFound("agencyId", ApiMessages.AgencyNotFound);
        }

        var replacement = ToAgency(input, directory.Canonical(input.Name!)) with { ETag = ifMatch.Expected(current.ETag) };
        if (replacement.Id != current.Id)
        {
            return Problems.BadRequest("name", ApiMessages.NameIsKey);
        }

        replacement = replacement with { Name = current.Name };
        var result = await agencies.UpdateAsync(replacement, cancellationToken);
        if (!result.Saved)
        {
            return result.Outcome == WriteOutcome.NotFound ? Problems.NotFound("agencyId", ApiMessages.AgencyNotFound) : Problems.Stale();
        }

        response.Headers.ETag = result.ETag.ToString();
        return TypedResults.Ok(AgencyView.From(replacement with { ETag = result.ETag }));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string agencyId, HttpRequest request, AgencyRepository agencies, CancellationToken cancellationToken)
    {
        var ifMatch = IfMatch.Parse(request.Headers.IfMatch);
        if (Problems.Refuse(ifMatch, required: false) is { } refused)
        {
            return refused;
        }

        if (!AgencyId.TryParse(agencyId, out var id) || await agencies.GetAsync(id, cancellationToken) is not { } current)
        {
            return Problems.NotFound("agencyId", ApiMessages.AgencyNotFound);
        }

        var result = await agencies.DeleteAsync(id, ifMatch.Expected(current.ETag), cancellationToken);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.NoContent(),
            WriteOutcome.NotFound => Problems.NotFound("agencyId", ApiMessages.AgencyNotFound),
            _ => Problems.Stale(),
        };
    }

    private static Agency ToAgency(AgencyInput input, string canonical) =>
        new(
            canonical,
            FieldErrors.Clean(input.DisplayName) ?? canonical,
            [.. (input.Emails ?? []).Select(e => e.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
            [.. (input.Aliases ?? []).Select(a => FieldErrors.Clean(a)!).Distinct(StringComparer.Ordinal)]);
}
