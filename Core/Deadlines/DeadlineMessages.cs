namespace DeadlineBot.Core.Deadlines;

/// <summary>Every message the deadline parser gives, in one place.</summary>
public static class DeadlineMessages
{
    public static string NotUnderstood(string text) =>
        $"Không đọc được thời hạn: \"{text}\" (could not read a deadline).";
}
