namespace DeadlineBot.Functions.Email;

/// <summary>Sends an email or throws <see cref="EmailDeliveryException"/> saying whether a later retry may work.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
