using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Tests.Email;

/// <summary>Digests and links built by hand for the email tests.</summary>
internal static class Digests
{
    public static readonly Func<ReminderItem, Uri> Link =
        item => new Uri($"https://deadlinebot.example/api/done/{Uri.EscapeDataString(item.TaskId)}?exp=20220601&sig=ab+c");

    public static ReminderItem Item(
        ReminderKind kind, int days, string title = "Rà soát các quy định về quản lý nhà nước", string due = "2022-03-31", bool escalated = false) =>
        new(
            $"task-{kind}-{days}",
            "plan-167",
            "II.3.c",
            title,
            "Kế hoạch 167/KH-UBND thực hiện Kết luận số 93-KL/TW",
            DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            kind,
            days,
            escalated,
            "UBND tỉnh",
            $"task-{kind}-{days}|{due}|stage");

    public static ReminderDigest Of(params ReminderItem[] items) => new("Sở Nội vụ", new DateOnly(2022, 3, 24), items);
}
