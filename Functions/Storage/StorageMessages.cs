namespace DeadlineBot.Functions.Storage;

/// <summary>Every message the storage area shows to an operator.</summary>
public static class StorageMessages
{
    public const string TablePrefixRule = "DeadlineBot:Storage:TablePrefix must start with a letter and hold only letters and digits (at most 41).";

    public const string QueueNameRule = "DeadlineBot:Storage:ReminderQueue must be 3-56 lower-case letters, digits or single hyphens.";

    public const string NoAccount =
        "Set DeadlineBot:Storage:ConnectionString, or both DeadlineBot:Storage:TableServiceUri and QueueServiceUri (managed identity).";

    public static string BadKey(string what, string value) =>
        $"{what} '{value}' cannot be a storage key: it must be 1-255 characters without / \\ # ? or control characters.";
}
