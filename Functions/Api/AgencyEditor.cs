using Azure;
using DeadlineBot.Core.Agencies;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Api.Validation;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api;

/// <summary>Replaces an agency's display name, addresses and other names on the version it was read at: for the HTTP API and the web app.</summary>
public sealed class AgencyEditor(AgencyRepository agencies, AgencyDirectory directory)
{
    /// <summary>The agency <paramref name="input"/> (already validated) describes, its name made canonical.</summary>
    public Agency ToAgency(AgencyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var canonical = directory.Canonical(input.Name!);
        return new(
            canonical,
            FieldErrors.Clean(input.DisplayName) ?? canonical,
            [.. (input.Emails ?? []).Select(e => e.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
            [.. (input.Aliases ?? []).Select(a => FieldErrors.Clean(a)!).Distinct(StringComparer.Ordinal)]);
    }

    public async Task<AgencyEdit> ReplaceAsync(string agencyId, AgencyInput input, Func<ETag, ETag> expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (!AgencyId.TryParse(agencyId, out var id) || await agencies.GetAsync(id, cancellationToken) is not { } current)
        {
            return new(null, AgencyEditOutcome.NotFound);
        }

        var replacement = ToAgency(input) with { ETag = expected(current.ETag) };
        if (replacement.Id != current.Id)
        {
            return new(current, AgencyEditOutcome.NameIsKey);
        }

        replacement = replacement with { Name = current.Name, FeedToken = current.FeedToken };
        var result = await agencies.UpdateAsync(replacement, cancellationToken);
        return result.Saved
            ? new(replacement with { ETag = result.ETag }, AgencyEditOutcome.Saved)
            : new(current, result.Outcome == WriteOutcome.NotFound ? AgencyEditOutcome.NotFound : AgencyEditOutcome.Stale);
    }
}
