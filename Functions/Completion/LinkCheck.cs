namespace DeadlineBot.Functions.Completion;

/// <summary>What checking a completion link found.</summary>
public enum LinkCheck
{
    Valid,

    /// <summary>The signature does not match the agency, plan, task and expiry in the link.</summary>
    Tampered,

    /// <summary>Signed correctly, but its last valid day has passed.</summary>
    Expired,
}
