using System.Globalization;

namespace DeadlineBot.Functions.Reminders;

/// <summary>Thrown by <see cref="SendReminderFunction"/> to ask the queue host to deliver the message again later.</summary>
public sealed class ReminderRetryException : Exception
{
    public ReminderRetryException(string messageId, long dequeueCount)
        : base(string.Create(CultureInfo.InvariantCulture, $"Reminder message {messageId} is to be retried after delivery {dequeueCount}."))
    {
    }

    public ReminderRetryException()
    {
    }

    public ReminderRetryException(string message)
        : base(message)
    {
    }

    public ReminderRetryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
