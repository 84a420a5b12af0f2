using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DeadlineBot.Core.Characters;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Completion;

/// <summary>The small Vietnamese pages an agency sees from a completion link, and every text on them.</summary>
public static class CompletionPage
{
    private const string Heading = "Báo cáo hoàn thành nhiệm vụ";
    private const string Confirm = "Xác nhận đã hoàn thành";
    private const string Intro = "Cơ quan của bạn được giao chủ trì nhiệm vụ sau. Khi đã hoàn thành, hãy bấm nút bên dưới.";
    private const string Recorded = "Đã ghi nhận nhiệm vụ hoàn thành ngày {0}. Cảm ơn quý cơ quan.";
    private const string AlreadyRecorded = "Nhiệm vụ này đã được báo cáo hoàn thành ngày {0}.";

    /// <summary>The page a GET shows: the task, and a button that POSTs back to the same link.</summary>
    public static string Ask(StoredPlan plan, StoredTask task, string action)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.DoneOn is { } done)
        {
            return Page(plan, task, Format(AlreadyRecorded, done));
        }

        var form = $"""<p>{E(Intro)}</p><form method="post" action="{E(action)}"><button type="submit">{E(Confirm)}</button></form>""";
        return Page(plan, task, null, form);
    }

    /// <summary>The page after a POST: the task is recorded as done (now or before).</summary>
    public static string Done(StoredPlan plan, StoredTask task, bool already)
    {
        ArgumentNullException.ThrowIfNull(task);
        return Page(plan, task, Format(already ? AlreadyRecorded : Recorded, task.DoneOn ?? default));
    }

    private static string Page(StoredPlan plan, StoredTask task, string? message, string body = "")
    {
        ArgumentNullException.ThrowIfNull(plan);
        var deadline = task.DeadlineText is { } text ? $"<p>Thời hạn: {E(text)}</p>" : string.Empty;
        var note = message is null ? string.Empty : $"<p><strong>{E(message)}</strong></p>";
        return $"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(Heading)}</title></head>
            <body><h1>{E(Heading)}</h1>
            <p>{E(plan.Number ?? string.Empty)} {E(plan.Title ?? string.Empty)}</p>
            <h2>{E(task.Ref)}. {E(task.Title)}</h2>{deadline}{note}{body}
            </body></html>
            """;
    }

    private static string Format(string template, DateOnly date) =>
        string.Format(CultureInfo.InvariantCulture, template, date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));

    /// <summary>Vietnamese letters stay readable in the page source; markup characters are still encoded; invisible ones (text stored
    /// before <see cref="SafeText"/> refused them) are dropped.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(SafeText.Strip(text));
}
