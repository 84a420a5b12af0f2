using System.Text.Json;
using Cronos;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Functions.Hosting;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Tests.Infra;

namespace DeadlineBot.Tests.Hosting;

/// <summary>host.json and the function.json files agree with the app they start.</summary>
[TestClass]
public sealed class FunctionAppFilesTests
{
    private static readonly string FunctionApp = RepositoryPaths.FunctionApp;

    [TestMethod]
    public void Host_json_starts_this_app_as_a_custom_handler_and_forwards_http_requests()
    {
        using var host = Read("host.json");
        var handler = host.RootElement.GetProperty("customHandler");

        Assert.AreEqual("2.0", host.RootElement.GetProperty("version").GetString());
        Assert.AreEqual(typeof(HostingMode).Assembly.GetName().Name, handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.IsTrue(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
    }

    [TestMethod]
    public void Host_json_reads_queue_messages_as_the_app_writes_them_and_poisons_after_as_many_deliveries()
    {
        using var host = Read("host.json");
        var queues = host.RootElement.GetProperty("extensions").GetProperty("queues");

        Assert.AreEqual("base64", queues.GetProperty("messageEncoding").GetString());
        Assert.AreEqual(new ReminderOptions().MaxDequeueCount, queues.GetProperty("maxDequeueCount").GetInt32());
    }

    [TestMethod]
    [DataRow("2022-03-23T23:00:00Z", "2022-03-24T08:00")]
    [DataRow("2022-03-24T01:00:00Z", "2022-03-25T08:00")]
    [DataRow("2022-03-24T00:59:00Z", "2022-03-24T08:00")]
    public void The_timer_function_fires_at_08_00_in_Vietnam_with_the_sample_setting(string utcNow, string expectedLocal)
    {
        using var function = Read("ScanTimer/function.json");
        var binding = function.RootElement.GetProperty("bindings")[0];
        var setting = binding.GetProperty("schedule").GetString()!;
        Assert.AreEqual("%DeadlineBot__Reminders__FunctionsSchedule%", setting, "the schedule is an app setting");
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.SettingsSample));
        var value = sample.RootElement.GetProperty("Values").GetProperty(setting.Trim('%')).GetString()!;
        var schedule = CronExpression.Parse(value, CronFormat.IncludeSeconds);

        var next = schedule.GetNextOccurrence(DateTime.Parse(utcNow, null, System.Globalization.DateTimeStyles.AdjustToUniversal), TimeZoneInfo.Utc)!.Value;

        Assert.AreEqual("timerTrigger", binding.GetProperty("type").GetString());
        Assert.AreEqual(expectedLocal, TimeZoneInfo.ConvertTimeFromUtc(next, VietnamTime.Zone).ToString("yyyy-MM-dd'T'HH:mm", null));
    }

    [TestMethod]
    public void The_queue_function_reads_the_configured_reminder_queue_into_the_binding_the_endpoint_reads()
    {
        using var function = Read("SendReminder/function.json");
        var binding = function.RootElement.GetProperty("bindings")[0];

        Assert.AreEqual("queueTrigger", binding.GetProperty("type").GetString());
        Assert.AreEqual("%DeadlineBot__Storage__ReminderQueue%", binding.GetProperty("queueName").GetString());
        Assert.AreEqual(FunctionsHostEndpoints.QueueBinding, binding.GetProperty("name").GetString());
    }

    [TestMethod]
    public void The_function_files_are_copied_beside_the_executable()
    {
        var output = Path.GetDirectoryName(typeof(HostingMode).Assembly.Location)!;

        Assert.IsTrue(File.Exists(Path.Combine(output, "host.json")));
        Assert.IsTrue(File.Exists(Path.Combine(output, "ScanTimer", "function.json")));
        Assert.IsTrue(File.Exists(Path.Combine(output, "SendReminder", "function.json")));
    }

    private static JsonDocument Read(string path) => JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionApp, path)));
}
