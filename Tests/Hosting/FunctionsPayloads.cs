using System.Text.Json;

namespace DeadlineBot.Tests.Hosting;

/// <summary>Request bodies as the Azure Functions host posts them to a custom handler.</summary>
internal static class FunctionsPayloads
{
    public static string Timer(DateTimeOffset utcNow) => JsonSerializer.Serialize(new
    {
        Data = new
        {
            timer = new
            {
                Schedule = new { AdjustForDST = true },
                ScheduleStatus = new { Last = utcNow.AddDays(-1), Next = utcNow.AddDays(1), LastUpdated = utcNow.AddDays(-1) },
                IsPastDue = false,
            },
        },
        Metadata = new { sys = new { MethodName = "ScanTimer", UtcNow = utcNow, RandGuid = Guid.NewGuid() } },
    });

    /// <summary>A queue trigger: the message text JSON-encoded once more inside the payload's string, metadata numbers as strings.</summary>
    public static string Queue(string message, int dequeueCount) => JsonSerializer.Serialize(new
    {
        Data = new Dictionary<string, string> { ["message"] = JsonSerializer.Serialize(message) },
        Metadata = new Dictionary<string, object>
        {
            ["DequeueCount"] = dequeueCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Id"] = Guid.NewGuid().ToString(),
            ["PopReceipt"] = "AgAAAAMAAAAAAAAA",
            ["InsertionTime"] = "2022-03-24T01:00:01+00:00",
            ["sys"] = new { MethodName = "SendReminder", UtcNow = "2022-03-24T01:00:02Z", RandGuid = Guid.NewGuid() },
        },
    });
}
