namespace DeadlineBot.Functions.Email;

/// <summary>Sends an email or throws <see cref="EmailDeliveryException"/> saying whether a later retry may work.</summary>
public interface IEmailSender
{
    /// <summary>Sends the email; returns the copy (Cc) addresses the server refused (the email went to the others), empty when none was.</summary>
    Task<IReadOnlyList<string>> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
