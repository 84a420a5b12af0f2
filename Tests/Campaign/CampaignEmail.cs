using System.Text;
using MimeKit;

namespace DeadlineBot.Tests.Campaign;

/// <summary>One email the campaign's SMTP server took: its Message-ID, lead address, the day it is written for, and its items (ref → deadline line).</summary>
internal sealed record CampaignEmail(string MessageId, string To, string Intro, IReadOnlyDictionary<string, string> Items)
{
    public static CampaignEmail Parse(string data)
    {
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(data));
        var message = MimeMessage.Load(stream);
        var lines = (message.TextBody ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries);
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            // "1. [J3-0-2] Nhiệm vụ …" then, after an optional plan line, "Thời hạn: dd/MM/yyyy – …".
            var open = lines[i].IndexOf(". [", StringComparison.Ordinal);
            if (open > 0 && lines[i].IndexOf(']', open) is var close and > 0)
            {
                items[lines[i][(open + 3)..close]] = lines[i + 1];
            }
        }

        return new CampaignEmail(message.MessageId ?? string.Empty, message.To.Mailboxes.First().Address, lines.Length > 2 ? lines[2] : string.Empty, items);
    }
}
