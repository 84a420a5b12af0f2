namespace DeadlineBot.Functions.Storage;

/// <summary>How a write ended. The API maps <see cref="NotFound"/> to 404, <see cref="Exists"/> to 409 and <see cref="Stale"/> to 412.</summary>
public enum WriteOutcome
{
    /// <summary>Written; the result carries the new ETag.</summary>
    Saved,

    /// <summary>There is nothing with that key to update or delete.</summary>
    NotFound,

    /// <summary>An add found something already stored under that key.</summary>
    Exists,

    /// <summary>The ETag given no longer matches: someone else changed it since it was read.</summary>
    Stale,
}
