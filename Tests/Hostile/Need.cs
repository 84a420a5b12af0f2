namespace DeadlineBot.Tests.Hostile;

/// <summary>What a route asks of its caller before it may answer 2xx.</summary>
public enum Need
{
    Nothing,
    StaffKey,
    AdminKey,

    /// <summary>A completion link signed for this agency, plan and task, not yet expired.</summary>
    SignedLink,

    /// <summary>The agency's current calendar feed URL, signed over its feed token.</summary>
    SignedFeed,
}
