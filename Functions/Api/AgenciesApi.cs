using DeadlineBot.Core.Agencies;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Api.Validation;
using DeadlineBot.Functions.Storage;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Api;

/// <summary>The agency directory: list, read, add, replace (If-Match), delete. Reads need a key too: an agency's
/// entry holds people's email addresses.</summary>
public sealed class AgenciesApi(ApiKeys keys, AgencyRepository agencies, AgencyEditor editor)
{
    private const string Agencies = "agencies";
    private const string Agency = "agencies/{agencyId}";

    /// <summary>Every agency in the directory.</summary>
    [Function("ListAgencies")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Agencies)] HttpRequest request, CancellationToken cancellationToken) =>
        keys.Refuse(request, ApiRoles.Staff) ?? TypedResults.Ok((await agencies.ListAsync(cancellationToken)).Select(AgencyView.From).ToArray());

    /// <summary>One agency; its ETag header is the version to send back in If-Match.</summary>
    [Function("GetAgency")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Agency)] HttpRequest request, string agencyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (keys.Refuse(request, ApiRoles.Staff) is { } refused)
        {
            return refused;
        }

        if (!AgencyId.TryParse(agencyId, out var id) || await agencies.GetAsync(id, cancellationToken) is not { } agency)
        {
            return Problems.NotFound("agencyId", ApiMessages.AgencyNotFound);
        }

        request.HttpContext.Response.Headers.ETag = agency.ETag.ToString();
        return TypedResults.Ok(AgencyView.From(agency));
    }

    /// <summary>Add an agency: canonical name, display name, email addresses, other names.</summary>
    [Function("AddAgency")]
    public async Task<IResult> AddAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Agencies)] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (input, refused) = await keys.ReadAsync<AgencyInput>(request, ApiRoles.Staff, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var agency = editor.ToAgency(input!);
        var result = await agencies.AddAsync(agency, cancellationToken);
        if (!result.Saved)
        {
            return Problems.Field(StatusCodes.Status409Conflict, "name", ApiMessages.AgencyExists);
        }

        request.HttpContext.Response.Headers.ETag = result.ETag.ToString();
        return TypedResults.Created($"/api/agencies/{agency.Id.Value}", AgencyView.From(agency with { ETag = result.ETag }));
    }

    /// <summary>Replace an agency's display name, emails and other names; needs If-Match.</summary>
    [Function("ReplaceAgency")]
    public async Task<IResult> ReplaceAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = Agency)] HttpRequest request, string agencyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (input, refused) = await keys.ReadAsync<AgencyInput>(request, ApiRoles.Staff, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var ifMatch = IfMatch.Parse(request.Headers.IfMatch);
        if (Problems.Refuse(ifMatch, required: true) is { } badIfMatch)
        {
            return badIfMatch;
        }

        var edit = await editor.ReplaceAsync(agencyId, input!, ifMatch.Expected, cancellationToken);
        switch (edit.Outcome)
        {
            case AgencyEditOutcome.Saved:
                request.HttpContext.Response.Headers.ETag = edit.Agency!.ETag.ToString();
                return TypedResults.Ok(AgencyView.From(edit.Agency));
            case AgencyEditOutcome.NotFound:
                return Problems.NotFound("agencyId", ApiMessages.AgencyNotFound);
            case AgencyEditOutcome.NameIsKey:
                return Problems.BadRequest("name", ApiMessages.NameIsKey);
            default:
                return Problems.Stale();
        }
    }

    /// <summary>Delete an agency (If-Match optional).</summary>
    [Function("DeleteAgency")]
    public async Task<IResult> DeleteAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = Agency)] HttpRequest request, string agencyId, CancellationToken cancellationToken)
    {
        if (keys.Refuse(request, ApiRoles.Staff) is { } refused)
        {
            return refused;
        }

        var ifMatch = IfMatch.Parse(request.Headers.IfMatch);
        if (Problems.Refuse(ifMatch, required: false) is { } badIfMatch)
        {
            return badIfMatch;
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
}
