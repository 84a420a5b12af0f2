using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DeadlineBot.Core.Characters;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Completion;

/// <summary>The small Vietnamese pages an agency sees from a completion link, errors included, and every text on them.</summary>
public static class CompletionPage
{
    private const string Heading = "Báo cáo hoàn thành nhiệm vụ";
    private const string Confirm = "Xác nhận đã hoàn thành";
    private const string Intro = "Cơ quan của bạn được giao chủ trì nhiệm vụ sau. Khi đã hoàn thành, hãy bấm nút bên dưới.";
    private const string Recorded = "Đã ghi nhận nhiệm vụ hoàn thành ngày {0}. Cảm ơn quý cơ quan.";
    private const string AlreadyRecorded = "Nhiệm vụ này đã được báo cáo hoàn thành ngày {0}.";
    private const string ErrorHeading = "Không mở được liên kết báo cáo";
    private const string NoteLabel = "Ghi chú (không bắt buộc): văn bản báo cáo, kết quả…";

    /// <summary>The form field of the note an agency may give with its report.</summary>
    public const string NoteField = "note";

    /// <summary>The page a GET shows: the task (and occurrence), and a button that POSTs back to the same link.</summary>
    public static string Ask(CompletionOutcome found, string action)
    {
        ArgumentNullException.ThrowIfNull(found);
        if (found.DoneOn is { } done)
        {
            return Page(found, Format(AlreadyRecorded, done));
        }

        var form = $"""
            <p>{E(Intro)}</p><form method="post" action="{E(action)}"><p><label>{E(NoteLabel)}<br>
            <textarea name="{NoteField}" rows="3" cols="60"></textarea></label></p><button type="submit">{E(Confirm)}</button></form>
            """;
        return Page(found, null, form);
    }

    /// <summary>The page after a POST: the task or occurrence is recorded as done (now or before).</summary>
    public static string Done(CompletionOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return Page(outcome, Format(outcome.AlreadyDone ? AlreadyRecorded : Recorded, outcome.DoneOn ?? default));
    }

    /// <summary>The page a browser sees when the link cannot be used, saying why and what to do.</summary>
    public static string Refused(CompletionRefusal refusal) => Html(ErrorHeading, $"<p><strong>{E(Reason(refusal))}</strong></p>");

    public static string Reason(CompletionRefusal refusal) => refusal switch
    {
        CompletionRefusal.LinkExpired => "Liên kết đã hết hạn. Vui lòng dùng liên kết trong thư nhắc việc mới nhất, hoặc liên hệ cơ quan theo dõi.",
        CompletionRefusal.LinkTampered => "Liên kết không hợp lệ hoặc bị sao chép thiếu. Vui lòng mở lại liên kết trong thư nhắc việc.",
        CompletionRefusal.NotYours => "Liên kết này dành cho nhiệm vụ do cơ quan khác chủ trì, nên không dùng để báo cáo được.",
        CompletionRefusal.OccurrenceNotFound => "Nhiệm vụ này không có kỳ thực hiện được nêu trong liên kết.",
        CompletionRefusal.Stale => "Nhiệm vụ vừa được cập nhật. Vui lòng tải lại trang rồi thử lại.",
        _ => "Không tìm thấy nhiệm vụ; có thể nhiệm vụ hoặc kế hoạch đã bị xóa. Vui lòng liên hệ cơ quan theo dõi.",
    };

    private static string Page(CompletionOutcome found, string? message, string body = "")
    {
        var plan = found.Plan!;
        var task = found.Task!;
        var deadline = task.DeadlineText is { } text ? $"<p>Thời hạn: {E(text)}</p>" : string.Empty;
        var occurrence = found.Occurrence is { } o ? $"<p>Kỳ thực hiện: <strong>{E(o.Name)}</strong></p>" : string.Empty;
        var note = message is null ? string.Empty : $"<p><strong>{E(message)}</strong></p>";
        var reportNote = found.Report?.Note is { Length: > 0 } n ? $"<p>Ghi chú: {E(n)}</p>" : string.Empty;
        return Html(Heading, $"""
            <p>{E(plan.Number ?? string.Empty)} {E(plan.Title ?? string.Empty)}</p>
            <h2>{E(task.Ref)}. {E(task.Title)}</h2>{deadline}{occurrence}{note}{reportNote}{body}
            """);
    }

    private static string Html(string heading, string body) => $"""
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(heading)}</title></head>
        <body><h1>{E(heading)}</h1>
        {body}
        </body></html>
        """;

    private static string Format(string template, DateOnly date) =>
        string.Format(CultureInfo.InvariantCulture, template, date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));

    /// <summary>Vietnamese letters stay readable in the page source; markup characters are still encoded; invisible ones (text stored
    /// before <see cref="SafeText"/> refused them) are dropped.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(SafeText.Strip(text));
}
