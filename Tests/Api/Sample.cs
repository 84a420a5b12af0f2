namespace DeadlineBot.Tests.Api;

/// <summary>Request bodies the API tests send: a reviewed preview as staff would post it back.</summary>
internal static class Sample
{
    public const string Injection = "' or 1 eq 1 or PartitionKey eq '";

    public static object Task(string title = "Tổ chức Hội nghị tổng kết", string lead = "Sở Nội vụ", string? due = "2022-12-31") => new
    {
        @ref = "II.1.a",
        title,
        lead = new[] { lead },
        cooperating = new[] { "Sở Tài chính" },
        reportTo = "UBND tỉnh",
        deadlineText = "Quý IV năm 2022",
        schedules = due is null ? null : new[] { new { kind = "Due", due } },
    };

    public static object Plan(params object[] tasks) => new
    {
        plan = new { number = "168/KH-UBND", issuer = "UBND tỉnh Hà Giang", place = "Hà Giang", date = "2021-05-31", title = "Kế hoạch thực hiện" },
        tasks = tasks.Length == 0 ? [Task()] : tasks,
    };

    public static object Agency(string name = "Sở Khoa học và Công nghệ", params string[] emails) => new
    {
        name,
        displayName = name,
        emails = emails.Length == 0 ? ["vanthu@skhcn.example.gov.vn"] : emails,
        aliases = new[] { "Sở KH&CN" },
    };
}
