using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api;

/// <summary>What replacing an agency came to: the agency as stored (with its new ETag), or why not.</summary>
public sealed record AgencyEdit(Agency? Agency, AgencyEditOutcome Outcome);
