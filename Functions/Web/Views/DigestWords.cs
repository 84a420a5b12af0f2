using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Web.Views;

/// <summary>A digest's delivery state in Vietnamese.</summary>
public static class DigestWords
{
    public static string Of(DigestStatus status) => status switch
    {
        DigestStatus.Sent => "đã gửi",
        DigestStatus.Failed => "gửi thất bại",
        DigestStatus.Undeliverable => "không có địa chỉ nhận",
        DigestStatus.Dropped => "không cần gửi nữa",
        _ => "đang gửi",
    };
}
