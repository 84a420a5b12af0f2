using System.Globalization;
using DeadlineBot.Core.Characters;

namespace DeadlineBot.Functions.Api;

/// <summary>Every message the HTTP API gives, in one place: Vietnamese for staff, English in brackets for operators.</summary>
public static class ApiMessages
{
    public const string NotReady = "Chưa sẵn sàng (not ready: storage cannot be reached or its tables and queues cannot be created; see the log).";

    public const string KeyNeeded = "Cần khóa API hợp lệ trong tiêu đề X-Api-Key (a valid X-Api-Key header is required).";
    public const string InvalidKey = "Khóa API không hợp lệ (the API key matches no configured key).";
    public const string RoleNeeded = "Khóa API này không có quyền thực hiện thao tác (this key's role may not do this).";
    public const string DuplicateKeys = "DeadlineBot:Api:Keys holds the same key twice.";
    public const string Required = "Bắt buộc (required).";
    public const string AcceptOrRename = "Cho 'accept' (true/false) hoặc 'renameTo', một trong hai (give accept or renameTo, exactly one).";
    public const string ControlCharacters = "Không được chứa xuống dòng hay ký tự điều khiển (no line breaks or control characters).";
    public const string InvisibleCharacters =
        "Không được chứa ký tự ẩn như ký tự điều khiển hướng chữ hay khoảng trắng độ rộng 0 (no invisible characters: bidi controls, zero-width spaces, BOM).";
    public const string NotCharacters = "Chứa mã không phải ký tự Unicode (holds code points that are not characters, such as U+FFFE or half a surrogate pair).";
    public const string NameCharacters = "Chỉ gồm chữ, số, khoảng trắng, gạch ngang và & . , ( ) / (letters, digits, spaces, dashes and & . , ( ) / only).";
    public const string NoLetters = "Cần ít nhất một chữ cái Latinh hoặc chữ số (needs at least one Latin letter or digit).";
    public const string Email = "Địa chỉ email không hợp lệ (not a valid email address).";
    public const string MalformedJson = "Nội dung JSON không đọc được (malformed JSON).";
    public const string JsonNeeded = "Nội dung yêu cầu phải là JSON (send the body as application/json).";
    public const string UnknownFunction = "Không có hàm này (no such function).";
    public const string UnknownCharset = "Bảng mã trong Content-Type không được hỗ trợ; hãy gửi UTF-8 (the Content-Type names an unknown charset: send UTF-8).";
    public const string BodyRequired = "Cần nội dung yêu cầu dạng JSON (a JSON request body is required).";
    public const string BadId = "Mã không hợp lệ (not a valid id).";
    public const string NoLead = "Cần ít nhất một cơ quan chủ trì (at least one lead agency).";
    public const string ScheduleOrder = "Hạn hoàn thành trước ngày bắt đầu (due before start).";
    public const string RecurrenceNeeded = "Lịch lặp lại cần quy tắc lặp (a recurring schedule needs a recurrence).";
    public const string RecurrenceRange = "Quy tắc lặp không hợp lệ: every ≥ 1, month 1–12, day 1–31.";
    public const string FutureDate = "Ngày hoàn thành không được sau hôm nay (a done date cannot be in the future).";
    public const string IfMatchMalformed =
        "Tiêu đề If-Match phải là đúng một ETag đã đọc, hoặc * (If-Match must be exactly one ETag as this API gave it, or *).";
    public const string IfMatchNeeded = "Cần tiêu đề If-Match với ETag đã đọc (send If-Match with the ETag you read).";
    public const string Stale = "Dữ liệu đã bị người khác thay đổi; hãy tải lại (changed by someone else since you read it: reload).";
    public const string PlanNotFound = "Không tìm thấy kế hoạch (no such plan).";
    public const string ContentHash = "Mã nội dung là 64 chữ số hệ 16 như bản xem trước trả về (the preview's 64 hex digit content hash).";
    public const string TaskNotFound = "Không tìm thấy nhiệm vụ (no such task).";
    public const string OccurrenceNotFound = "Nhiệm vụ không có kỳ thực hiện này (the task has no such occurrence: 2026, 2026-Q4, 2026-03…).";
    public const string AgencyNotFound = "Không tìm thấy cơ quan (no such agency).";
    public const string AgencyExists = "Cơ quan này đã có trong danh mục (the agency is already in the directory).";
    public const string NameIsKey = "Tên chuẩn là khóa của cơ quan, không đổi được (the canonical name is the agency's key; add a new agency instead).";
    public const string FileNeeded = "Cần tệp kế hoạch: multipart 'file', hoặc nội dung thô kèm ?fileName= (upload a plan file).";
    public const string MalformedUpload =
        "Nội dung multipart không đọc được: thiếu hoặc sai boundary, hoặc quá nhiều phần (malformed multipart body: missing or wrong boundary, or too many parts).";
    public const string FileTooLarge = "Tệp quá lớn (the file is too large).";
    public const string UnknownStatus = "Trạng thái không hợp lệ: đã hoàn thành đúng hạn, hoàn thành quá hạn, đang thực hiện trong hạn, sắp đến hạn, quá hạn, trước khi theo dõi.";
    public const string DateFormat = "Ngày theo dạng YYYY-MM-DD (a date as YYYY-MM-DD).";
    public const string LinkTampered = "Liên kết không hợp lệ hoặc đã bị sửa (the link is not valid or was altered).";
    public const string LinkExpired = "Liên kết đã hết hạn; hãy liên hệ cơ quan theo dõi (the link has expired).";
    public const string LinkNotYours = "Liên kết này không dùng để báo cáo nhiệm vụ của cơ quan khác (the link's agency does not lead this task).";
    public const string Unexpected = "Đã có lỗi ngoài ý muốn; dữ liệu chưa được ghi (an unexpected error: nothing was saved).";

    /// <summary>Why a text was refused, by <see cref="SafeText"/>'s fault.</summary>
    public static string Unsafe(TextFault fault) => fault switch
    {
        TextFault.Control => ControlCharacters,
        TextFault.Invisible => InvisibleCharacters,
        _ => NotCharacters,
    };

    public static string KeyWithoutName(int index) => $"DeadlineBot:Api:Keys:{index}:Name is required.";

    public static string KeyTooShort(int index, int length) =>
        string.Create(CultureInfo.InvariantCulture, $"DeadlineBot:Api:Keys:{index}:Key must be at least {length} characters.");

    public static string UnknownRole(int index, string? role) => $"DeadlineBot:Api:Keys:{index}:Role '{role}' is neither staff nor admin.";

    public static string TooLong(int max) =>
        string.Create(CultureInfo.InvariantCulture, $"Dài quá {max} ký tự (longer than {max} characters).");

    public static string TooMany(int max) =>
        string.Create(CultureInfo.InvariantCulture, $"Nhiều hơn {max} mục (more than {max} entries).");

    public static string OutOfRange(int min, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"Trong khoảng {min}–{max} (between {min} and {max}).");

    public const string ExportFormat = "Định dạng xuất là csv hoặc xlsx; bỏ trống để nhận JSON (format: csv or xlsx, none for JSON).";

    public const string PeriodFormat = "Kỳ theo dạng 2026, 2026-Q4 hoặc 2026-03 (a period: a year, a quarter or a month).";

    public static string UnknownParameter(string name, IEnumerable<string> accepted) =>
        $"Tham số không được hỗ trợ: '{name}'; báo cáo này nhận {string.Join(", ", accepted)} (unknown query parameter).";

    public static string Unreadable(string reason) => $"Không đọc được tệp kế hoạch: {reason} (the document cannot be read as a plan).";

    public static string AlreadyConfirmed(string planId) =>
        $"Văn bản này (hoặc bản Word/PDF khác của nó) đã được lưu thành kế hoạch {planId}; không lưu lần nữa. Để cập nhật kế hoạch theo bản sửa đổi, "
        + $"gửi tệp tới POST /api/plans/{planId}/update/preview rồi POST /api/plans/{planId}/update (this document, or another format of it, "
        + $"was already confirmed as plan {planId}; to revise that plan, use POST /api/plans/{planId}/update/preview, then POST /api/plans/{planId}/update).";

    public static string AgenciesUndecided(IEnumerable<string> names) =>
        $"Chưa quyết định về cơ quan mới: {string.Join("; ", names)}. Hãy chấp nhận, đổi tên hoặc từ chối từng cơ quan trong 'agencies' "
        + "(accept, rename or refuse each new agency the preview listed).";

    public static string UpdateClaimedElsewhere(string planId) =>
        $"Văn bản sửa đổi này đã là kế hoạch {planId}; không cập nhật kế hoạch khác bằng nó (this revision is already plan {planId}).";
}
