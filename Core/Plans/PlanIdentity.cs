using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DeadlineBot.Core.Plans;

/// <summary>
/// What identifies a plan whatever its file format, beside the hash of its bytes (which differs between the Word file
/// and the PDF saved from it): the issuing body, document number (số ký hiệu) and date of issue, when the header gives
/// all three; and the plan's tasks (each task's number and the opening words of its title, which every reader yields
/// alike even when a title's tail is read differently). Each key is 64 hex digits (SHA-256).
/// </summary>
public static class PlanIdentity
{
    /// <summary>How many words of each title count: enough to tell tasks apart, few enough to survive a page break.</summary>
    public const int TitleWords = 8;

    public static IReadOnlyList<string> Keys(string? number, string? issuer, DateOnly? date, IEnumerable<(string? Ref, string? Title)> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var keys = new List<string>();
        if (Words(number, int.MaxValue) is { Length: > 0 } n && Words(issuer, int.MaxValue) is { Length: > 0 } i && date is { } d)
        {
            keys.Add(Hash($"header\n{i}\n{n}\n{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
        }

        var lines = tasks.Select(t => $"{Words(t.Ref, int.MaxValue)}|{Words(t.Title, TitleWords)}").ToList();
        if (lines.Count > 0)
        {
            keys.Add(Hash("tasks\n" + string.Join('\n', lines)));
        }

        return keys;
    }

    /// <summary>The plan's keys as imported.</summary>
    public static IReadOnlyList<string> Keys(PlanImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        return Keys(import.Plan.Number, import.Plan.Issuer, import.Plan.Date, import.Tasks.Select(t => ((string?)t.Ref, (string?)t.Title)));
    }

    /// <summary>The first <paramref name="count"/> words of letters and digits, lower case, NFC, joined by one space.</summary>
    private static string Words(string? text, int count)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in (text ?? string.Empty).Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture).Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
                if (words.Count == count)
                {
                    break;
                }
            }
        }

        return string.Join(' ', words);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
