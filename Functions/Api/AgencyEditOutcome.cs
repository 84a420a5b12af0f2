namespace DeadlineBot.Functions.Api;

/// <summary>The outcome of an agency edit (<see cref="AgencyEditor"/>).</summary>
public enum AgencyEditOutcome
{
    Saved,
    NotFound,

    /// <summary>The name given is another agency's key: the canonical name cannot change by a replace.</summary>
    NameIsKey,

    /// <summary>Someone changed the agency since the version the edit was made on.</summary>
    Stale,
}
