using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Email;
using DeadlineBot.Functions.Storage;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Reminders;

/// <summary>
/// Composes a digest's email: the lead agency's addresses, and for escalated items the report-to bodies' and the
/// admins' as copies (an address that is no email address is left out of the copies, not a reason to send nothing).
/// The digest id is the Message-ID's local part, so every send of one digest carries the same Message-ID.
/// </summary>
public sealed class DigestEmails(AgencyRepository agencies, ReminderEmailRenderer renderer, IReportLinks links, IOptions<ReminderOptions> options, ILogger<DigestEmails> logger)
{
    public async Task<EmailMessage> ComposeAsync(string digestId, Agency agency, ReminderDigest reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(reminder);
        var cc = new List<string>();
        if (reminder.IsEscalated)
        {
            foreach (var body in reminder.EscalateTo)
            {
                cc.AddRange((await agencies.FindByNameAsync(body, cancellationToken))?.Emails ?? []);
            }

            cc.AddRange(options.Value.AdminEmailList);
        }

        var to = agency.Emails.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        cc = [.. cc.Distinct(StringComparer.OrdinalIgnoreCase).Except(to, StringComparer.OrdinalIgnoreCase)];
        foreach (var bad in cc.Where(a => !SmtpOptionsValidator.IsAddress(a)).ToList())
        {
            logger.LogWarning("Digest {DigestId}: copy address {Address} is no email address and was left out", digestId, bad);
            cc.Remove(bad);
        }

        var content = renderer.Render(reminder, item => links.LinkFor(agency.Id, item, reminder.Date));
        return new EmailMessage(to, cc, content, digestId);
    }
}
