using Azure;

namespace DeadlineBot.Functions.Storage;

/// <summary>The outcome of a write and, when saved, the ETag to send with the next update.</summary>
public readonly record struct WriteResult(WriteOutcome Outcome, ETag ETag)
{
    public bool Saved => Outcome == WriteOutcome.Saved;

    public static WriteResult Of(Response response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new(WriteOutcome.Saved, response.Headers.ETag ?? default);
    }

    public static WriteResult Failed(WriteOutcome outcome) => new(outcome, default);
}
