using MailKit.Net.Smtp;
using MimeKit;

namespace DeadlineBot.Functions.Email;

/// <summary>
/// An SMTP client for which a refused copy (Cc) address is no reason to send nothing: the email still goes to the
/// other recipients and the refused ones are listed in <see cref="Refused"/>. A refused To address still fails the send.
/// </summary>
internal sealed class CopyTolerantSmtpClient : SmtpClient
{
    public List<string> Refused { get; } = [];

    protected override void OnRecipientNotAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(mailbox);
        if (message.To.Mailboxes.Any(m => string.Equals(m.Address, mailbox.Address, StringComparison.OrdinalIgnoreCase)))
        {
            base.OnRecipientNotAccepted(message, mailbox, response);
            return;
        }

        Refused.Add(mailbox.Address);
    }
}
