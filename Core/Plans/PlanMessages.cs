using System.Globalization;

namespace DeadlineBot.Core.Plans;

/// <summary>Every message the plan importer gives, in one place: Vietnamese for staff, English in brackets.</summary>
public static class PlanMessages
{
    /// <summary>A line of <c>deadlinebot import</c>'s review: a body the agency directory does not know, with the tasks naming it.</summary>
    public static string NewAgency(string name, IEnumerable<string> refs) =>
        $"+ cơ quan mới (new agency): {name} — {string.Join(", ", refs)}";

    public static string Empty(string file) => $"{file}: tệp rỗng (the file is empty).";

    public static string TooLarge(string file, long limit) =>
        $"{file}: tệp lớn hơn {limit / (1024 * 1024)} MB (the file is larger than {limit / (1024 * 1024)} MB).";

    public static string TooMuchText(string file, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}: văn bản dài quá {limit:N0} ký tự, không phải một kế hoạch (the document yields more than {limit:N0} characters of text).");

    public static string TooLargeUnpacked(string file, long limit) =>
        $"{file}: tệp Word khi giải nén lớn hơn {limit / (1024 * 1024)} MB (the Word package unpacks to more than {limit / (1024 * 1024)} MB).";

    public static string TooManyPages(string file, int pages, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}: PDF có {pages:N0} trang, quá {limit:N0} trang (the PDF has more than {limit:N0} pages).");

    public static string Binary(string file) =>
        $"{file}: không phải văn bản, Word hay PDF (binary content: not text, Word or PDF).";

    public static string NotUtf8(string file) =>
        $"{file}: văn bản không phải mã UTF-8 (the text is not UTF-8; save it as UTF-8).";

    public static string NotWord(string file) =>
        $"{file}: không đọc được tệp Word .docx (not a readable Word .docx document).";

    public static string OldWordFormat(string file) =>
        $"{file}: định dạng Word cũ .doc, hãy lưu lại thành .docx (old Word .doc format: save it as .docx).";

    public static string NotPdf(string file) => $"{file}: không đọc được tệp PDF (not a readable PDF).";

    public static string NoTextLayer(string file) =>
        $"{file}: PDF không có lớp chữ nào; cần nhận dạng chữ (OCR) hoặc gửi bản Word (the PDF has no text layer).";

    public static string NoText(string file) => $"{file}: tệp không có chữ nào (the file holds no text).";

    public static string NoNumber => "Không tìm thấy số văn bản (no document number found).";

    public static string BlankNumber(string text) => $"Số văn bản để trống: \"{text}\" (the document number is blank).";

    public static string NoPlaceDate => "Không tìm thấy địa danh, ngày tháng (no place-and-date line found).";

    public static string BlankDay(int month, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"Ngày ban hành để trống (tháng {month} năm {year}); thời hạn được tính từ 01/{month:00}/{year} (the day of issue is blank; deadlines count from the 1st).");

    public static string DateAssumed(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"Không có ngày ban hành; thời hạn được tính từ ngày {date:dd/MM/yyyy}, ngày muộn nhất văn bản nêu ở phần mở đầu (no date of issue; deadlines count from the latest date the preamble cites).");

    public static string NoIssuer => "Không xác định được cơ quan ban hành (no issuing body found).";

    public static string NoTitle => "Không tìm thấy trích yếu (no title found).";

    public static string NoTasks => "Không tìm thấy nhiệm vụ nào (no tasks found).";

    public static string NoDatedTasks =>
        "Văn bản không có nhiệm vụ nào có thời hạn cụ thể; chỉ có chỉ tiêu, nhiệm vụ thường xuyên hoặc định kỳ (the document holds no dated tasks).";

    public static string NoLead => "Chưa xác định cơ quan chủ trì (no lead agency found).";

    public static string NoDeadline => "Không có thời hạn (no deadline given).";

    public static string DeadlineFromText =>
        "Thời hạn đọc từ nội dung nhiệm vụ, không có dòng thời hạn riêng: cần kiểm tra (deadline read from the task's own text; check it).";

    public static string RepeatedLabel(string label) =>
        $"Mục {label}) lặp lại ký hiệu của mục trước (the label {label}) repeats the one before).";

    public static string ReportingRule(string text) =>
        $"Quy định báo cáo định kỳ của kế hoạch: \"{text}\" (the plan's yearly reporting rule).";

    public static string ReportingRuleApplied(int day, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"Hạn hằng năm lấy theo quy định báo cáo của kế hoạch: ngày {day:00}/{month:00} (yearly due day from the plan's reporting rule).");

    public static string FromAppendix(string field, int row) =>
        string.Create(CultureInfo.InvariantCulture, $"{field} lấy từ Phụ lục, dòng {row} (taken from the appendix, row {row}).");

    public static string AppendixOnly(int row) =>
        string.Create(CultureInfo.InvariantCulture, $"Nhiệm vụ chỉ có trong Phụ lục, dòng {row}; không thấy trong phần nội dung (only in the appendix).");

    public static string AppendixWithoutTable => "Có Phụ lục nhưng không đọc được bảng nhiệm vụ (an appendix without a readable task table).";

    public static string Conflict(string field, string body, string appendix) =>
        $"{field} khác nhau: nội dung ghi \"{body}\", Phụ lục ghi \"{appendix}\" (the body and the appendix disagree).";

    public static string CannotOpen(string file, string detail) => $"{file}: không mở được tệp: {detail} (cannot open the file).";

    public static string NoDateAtAll(DateOnly stand) =>
        string.Create(CultureInfo.InvariantCulture, $"Văn bản không nêu ngày nào; thời hạn tương đối được tính từ {stand:dd/MM/yyyy}, cần kiểm tra lại (the document cites no date at all).");

    public static string AppendixTooLarge(int rows, int tasks) =>
        string.Create(CultureInfo.InvariantCulture, $"Phụ lục ({rows} dòng) và nội dung ({tasks} nhiệm vụ) quá lớn để đối chiếu; chưa đối chiếu (too large to compare the appendix with the body).");

    public static string FewerTasksThanDeadlines(int deadlineLines, int dated) =>
        string.Create(CultureInfo.InvariantCulture, $"CÓ THỂ ĐỌC THIẾU: văn bản có {deadlineLines} dòng thời gian thực hiện nhưng chỉ đọc được {dated} nhiệm vụ có thời hạn; cần đối chiếu với văn bản gốc (the document has {deadlineLines} deadline lines but only {dated} tasks with a deadline were read).");

    public static string FewTasksForLength(int tasks) =>
        string.Create(CultureInfo.InvariantCulture, $"CÓ THỂ ĐỌC THIẾU: văn bản dài nhưng chỉ đọc được {tasks} nhiệm vụ; cần đối chiếu với văn bản gốc (a long document gave only {tasks} tasks).");

    public static string AppendixUnmatched(int unmatched, int rows) =>
        string.Create(CultureInfo.InvariantCulture, $"CÓ THỂ ĐỌC SAI: {unmatched}/{rows} dòng của Phụ lục không khớp nhiệm vụ nào trong phần nội dung (appendix rows that match no body task).");

    public static string UnreadableCharacters(long count) =>
        string.Create(CultureInfo.InvariantCulture, $"CÓ THỂ ĐỌC SAI: {count} ký tự không đọc được; phông chữ của tệp có thể dùng bảng mã lạ, hãy xuất lại tệp hoặc gửi bản Word (unreadable characters: the file's fonts use an unusual encoding).");

    public static string NoVietnameseLetters =>
        "CÓ THỂ ĐỌC SAI: chữ đọc được từ PDF không có dấu tiếng Việt nào; phông chữ của tệp có thể dùng bảng mã lạ (TCVN3/VNI), hãy gửi bản Word (no Vietnamese letters in the PDF's text: an unusual font encoding).";

    public static string ScannedImage(string file) =>
        $"{file}: đây là ảnh quét, không có chữ để đọc; cần nhận dạng chữ (OCR) hoặc gửi bản Word (this is a scanned image; no text to read).";
}
