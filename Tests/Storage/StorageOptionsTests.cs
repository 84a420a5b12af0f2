using DeadlineBot.Functions;
using DeadlineBot.Functions.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Tests.Storage;

[TestClass]
public sealed class StorageOptionsTests
{
    [TestMethod]
    public void The_settings_of_local_settings_sample_bind_with_empty_service_uris()
    {
        var options = Bind(new()
        {
            ["DeadlineBot:Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["DeadlineBot:Storage:TableServiceUri"] = "",
            ["DeadlineBot:Storage:QueueServiceUri"] = "",
            ["DeadlineBot:Storage:TablePrefix"] = "deadlinebot",
            ["DeadlineBot:Storage:ReminderQueue"] = "reminders",
        });

        Assert.AreEqual(("deadlinebot", "reminders", true), (options.TablePrefix, options.ReminderQueue, options.UsesConnectionString));
    }

    [TestMethod]
    public void Managed_identity_needs_both_service_uris_and_no_connection_string()
    {
        var options = Bind(new()
        {
            ["DeadlineBot:Storage:TableServiceUri"] = "https://deadlinebot.table.core.windows.net",
            ["DeadlineBot:Storage:QueueServiceUri"] = "https://deadlinebot.queue.core.windows.net",
        });

        Assert.IsFalse(options.UsesConnectionString);
        Assert.AreEqual("deadlinebot.queue.core.windows.net", options.QueueServiceUri!.Host);
    }

    [TestMethod]
    [DataRow("DeadlineBot:Storage:ConnectionString", "", StorageMessages.NoAccount)]
    [DataRow("DeadlineBot:Storage:TablePrefix", "deadline-bot", StorageMessages.TablePrefixRule)]
    [DataRow("DeadlineBot:Storage:ReminderQueue", "Reminders", StorageMessages.QueueNameRule)]
    public void A_setting_storage_cannot_use_is_refused_at_start_with_its_rule(string key, string value, string message)
    {
        var settings = new Dictionary<string, string?> { ["DeadlineBot:Storage:ConnectionString"] = "UseDevelopmentStorage=true", [key] = value };

        var error = Assert.ThrowsExactly<OptionsValidationException>(() => Bind(settings));

        StringAssert.Contains(error.Message, message);
    }

    private static StorageOptions Bind(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddStorage();
        using var app = builder.Build();
        return app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
    }
}
