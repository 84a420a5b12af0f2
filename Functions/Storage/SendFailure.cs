namespace DeadlineBot.Functions.Storage;

/// <summary>A digest that could not be sent after every retry: shown to admins, its message kept on the poison queue.</summary>
public sealed record SendFailure(string DigestId, string Agency, DateOnly Date, DateTimeOffset Failed, long DequeueCount, string Error);
