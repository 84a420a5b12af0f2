using System.Globalization;
using DeadlineBot.Functions.Api.Keys;

namespace DeadlineBot.Functions.Web;

/// <summary>Every text of the web app, in one place.</summary>
public static class WebText
{
    public const string AppName = "Nhắc việc";
    public const string Navigation = "Điều hướng chính";
    public const string SkipToContent = "Bỏ qua, đến nội dung chính";
    public const string Tasks = "Nhiệm vụ";
    public const string Plans = "Kế hoạch";
    public const string Agencies = "Cơ quan";
    public const string Dashboard = "Tổng quan";
    public const string SignOut = "Đăng xuất";
    public const string SignInTitle = "Đăng nhập";
    public const string SignInKey = "Khóa truy cập (cán bộ hoặc quản trị)";
    public const string SignInButton = "Đăng nhập";
    public const string SignInWrongKey = "Khóa không đúng. Vui lòng kiểm tra lại.";
    public const string SignInEntra = "Đăng nhập bằng tài khoản Microsoft của cơ quan";
    public const string FixErrors = "Vui lòng sửa các mục sau:";
    public const string Save = "Lưu";
    public const string Filter = "Lọc";
    public const string Search = "Tìm theo từ";
    public const string Any = "Tất cả";
    public const string NoRows = "Không có nhiệm vụ nào.";
    public const string Export = "Xuất";

    public const string ForbiddenTitle = "Không có quyền truy cập";
    public const string ForbiddenText = "Trang này dành cho quản trị viên. Tài khoản của bạn không có quyền mở trang này.";
    public const string FormExpiredTitle = "Biểu mẫu không hợp lệ";
    public const string FormExpiredText = "Biểu mẫu đã hết hạn hoặc thiếu mã bảo mật, nên không được xử lý. Vui lòng tải lại trang rồi gửi lại.";
    public const string NotFoundTitle = "Không tìm thấy trang";
    public const string NotFoundText = "Không tìm thấy trang hoặc mục bạn cần; có thể nó đã bị xóa.";
    public const string PlanNotFound = "Không tìm thấy kế hoạch; có thể kế hoạch đã bị xóa.";
    public const string TaskNotFound = "Không tìm thấy nhiệm vụ; có thể nhiệm vụ đã bị xóa.";
    public const string AgencyNotFound = "Không tìm thấy cơ quan trong danh bạ.";
    public const string UnexpectedTitle = "Đã có lỗi";
    public const string UnexpectedText = "Hệ thống gặp lỗi ngoài dự kiến. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy báo quản trị viên.";
    public const string BackHome = "Về trang chính";

    // Tasks
    public const string Ref = "Mục";
    public const string Title = "Nội dung nhiệm vụ";
    public const string Lead = "Cơ quan chủ trì";
    public const string Cooperating = "Cơ quan phối hợp";
    public const string ReportTo = "Báo cáo về";
    public const string DeadlineText = "Thời hạn (như văn bản ghi)";
    public const string Due = "Hạn";
    public const string Status = "Tình trạng";
    public const string Plan = "Kế hoạch";
    public const string Period = "Kỳ (2026, 2026-Q4, 2026-03)";
    public const string PeriodWrong = "Kỳ không đúng dạng: năm (2026), quý (2026-Q4) hoặc tháng (2026-03).";
    public const string Occurrences = "Các kỳ thực hiện";
    public const string Occurrence = "Kỳ";
    public const string DoneOn = "Ngày hoàn thành";
    public const string ReportedBy = "Người báo cáo";
    public const string Note = "Ghi chú";
    public const string Reminders = "Thư nhắc đã gửi";
    public const string NoReminders = "Chưa gửi thư nhắc nào cho nhiệm vụ này.";
    public const string SentOn = "Ngày gửi";
    public const string SentTo = "Gửi đến";
    public const string EmailAsSent = "Thư đã gửi";
    public const string ShowEmail = "Xem thư";
    public const string Completions = "Báo cáo hoàn thành";
    public const string NoCompletions = "Chưa có báo cáo hoàn thành.";
    public const string EditTask = "Sửa nhiệm vụ";
    public const string AddTask = "Thêm nhiệm vụ";
    public const string ReportDone = "Báo cáo hoàn thành";
    public const string ReportDoneButton = "Xác nhận đã hoàn thành";
    public const string Saved = "Đã lưu.";
    public const string DoneRecorded = "Đã ghi nhận hoàn thành.";
    public const string StaleEdit = "Nhiệm vụ vừa được người khác sửa. Bản đang lưu được hiển thị bên dưới; nội dung bạn đã nhập vẫn nằm trong biểu mẫu — hãy đối chiếu rồi lưu lại.";
    public const string StaleAgency = "Cơ quan vừa được người khác sửa. Bản đang lưu được hiển thị; nội dung bạn đã nhập vẫn nằm trong biểu mẫu — hãy đối chiếu rồi lưu lại.";
    public const string StoredVersion = "Bản đang lưu";
    public const string NamesHint = "Mỗi cơ quan một dòng.";
    public const string DaysLeft = "Còn (ngày)";
    public const string Schedules = "Lịch thực hiện đọc được";
    public const string NoSchedule = "Không đọc được thời hạn nào.";

    // Plans
    public const string Upload = "Tải kế hoạch lên";
    public const string UploadFile = "Tệp kế hoạch (.txt, .docx, .pdf)";
    public const string UploadHint = "Chọn tệp hoặc kéo thả tệp vào đây.";
    public const string UploadButton = "Đọc kế hoạch";
    public const string Preview = "Xem trước kế hoạch";
    public const string Warnings = "Cảnh báo khi đọc";
    public const string Problems = "Có thể đã đọc thiếu";
    public const string Conflict = "Nội dung và phụ lục khác nhau";
    public const string Body = "Nội dung";
    public const string Appendix = "Phụ lục";
    public const string Edit = "Sửa";
    public const string ApplyEdits = "Cập nhật xem trước";
    public const string Confirm = "Xác nhận lưu kế hoạch";
    public const string NewAgencies = "Cơ quan mới (chưa có trong danh bạ)";
    public const string Accept = "Thêm vào danh bạ";
    public const string Reject = "Không thêm";
    public const string RenameTo = "Là cơ quan đã có:";
    public const string PlanStored = "Đã lưu kế hoạch.";
    public const string AlreadyConfirmed = "Văn bản này đã được lưu thành kế hoạch trước đó.";
    public const string DraftBroken = "Bản xem trước đã hết hạn hoặc bị thay đổi. Vui lòng tải tệp lên lại.";
    public const string NoPlans = "Chưa có kế hoạch nào.";
    public const string Issued = "Ngày ban hành";
    public const string Number = "Số hiệu";
    public const string TaskCount = "Số nhiệm vụ";

    // Agencies
    public const string Name = "Tên chuẩn";
    public const string DisplayName = "Tên hiển thị";
    public const string Emails = "Địa chỉ thư điện tử";
    public const string Aliases = "Tên gọi khác";
    public const string NoAddress = "Chưa có địa chỉ thư";
    public const string NoAddressNotice = "Các cơ quan sau chưa có địa chỉ thư điện tử nên không nhận được thư nhắc:";
    public const string OpenTasks = "Nhiệm vụ đang mở";
    public const string Feed = "Lịch nhiệm vụ (iCalendar)";
    public const string FeedHint = "Sao chép địa chỉ này vào Outlook hoặc Google Calendar (thêm lịch từ URL) để thấy các hạn nhiệm vụ đang mở của cơ quan, kèm lời nhắc.";
    public const string FeedOpen = "Tải tệp .ics";
    public const string FeedRevoke = "Thu hồi địa chỉ này (cấp địa chỉ mới)";
    public const string FeedRevoked = "Đã thu hồi địa chỉ lịch cũ; địa chỉ mới ở bên dưới.";
    public const string BadFormat = "Định dạng xuất không đúng: csv hoặc xlsx.";

    // Dashboard
    public const string CountsByStatus = "Số nhiệm vụ theo tình trạng";
    public const string PerAgency = "Việc đang mở và quá hạn theo cơ quan";
    public const string Next14Days = "14 ngày tới";
    public const string LongestOverdue = "Quá hạn lâu nhất";
    public const string FailedDeliveries = "Thư không gửi được";
    public const string NoFailures = "Không có thư nào cần xử lý.";
    public const string Redrive = "Gửi lại";
    public const string Redriven = "Đã xếp thư vào hàng gửi lại.";
    public const string NotRedrivable = "Thư này không còn ở trạng thái gửi lại hoặc bỏ qua được.";
    public const string Dismiss = "Bỏ qua";
    public const string Dismissed = "Đã bỏ thư khỏi danh sách (không gửi).";
    public const string DryRun = "Chạy thử nhắc việc";
    public const string DryRunDate = "Ngày chạy thử";
    public const string DryRunButton = "Xem thư sẽ gửi";
    public const string Open = "Đang mở";
    public const string Overdue = "Quá hạn";
    public const string Error = "Lỗi";

    public static string RoleName(string role) => role == ApiRoles.Admin ? "quản trị" : "cán bộ";

    public static string OverdueDays(int days) => string.Format(CultureInfo.InvariantCulture, "quá {0} ngày", days);

    public static string DryRunSummary(int emails, int reminders, int alreadySent) =>
        string.Format(CultureInfo.InvariantCulture, "{0} thư, {1} nhắc việc; {2} nhắc việc đã gửi trước đó.", emails, reminders, alreadySent);

    public static string Rows(int count) => string.Format(CultureInfo.InvariantCulture, "{0} dòng ·", count);
}
