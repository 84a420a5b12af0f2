using DeadlineBot.Core.Calendar;
using DeadlineBot.Functions.Completion;
using DeadlineBot.Functions.Clock;
using DeadlineBot.Functions.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DeadlineBot.Tests.Support;

/// <summary>
/// The real app (Functions' Program; any type of its assembly names it, and Cli has a Program too) over Azurite and MailDev, with tables and queues of its own, a FakeTimeProvider,
/// and neither timer nor queue listener running by themselves (tests drive them). <see cref="Settings"/> can
/// override any setting before the first use.
/// </summary>
public sealed class DeadlineBotApp : WebApplicationFactory<CompletionLinks>
{
    public DeadlineBotApp(TestStorage storage, DateTimeOffset now)
    {
        Storage = storage;
        Time = new FakeTimeProvider(now);
        foreach (var (key, value) in storage.Settings)
        {
            Settings[key] = value;
        }
    }

    public TestStorage Storage { get; }

    public FakeTimeProvider Time { get; }

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["DeadlineBot:SelfHost:Triggers"] = "false",
        ["DeadlineBot:Reminders:AdminEmails"] = "admin@example.test",
        ["DeadlineBot:Smtp:Host"] = "127.0.0.1",
        ["DeadlineBot:Smtp:Port"] = Environment.GetEnvironmentVariable("TEST_DEADLINEBOT_SMTP_PORT") ?? "1025",
        ["DeadlineBot:Smtp:Security"] = "None",
        ["DeadlineBot:Smtp:FromAddress"] = "deadlinebot@example.test",
        ["DeadlineBot:Smtp:MaxAttempts"] = "1",
        ["DeadlineBot:Smtp:RetryDelay"] = "00:00:00",
        ["DeadlineBot:Links:BaseUrl"] = "http://localhost:7071",
        ["DeadlineBot:Links:SigningKey"] = "test-signing-key-0123456789-0123456789",
        ["DeadlineBot:Api:Keys:0:Name"] = "test-staff",
        ["DeadlineBot:Api:Keys:0:Key"] = "test-staff-key-0123",
        ["DeadlineBot:Api:Keys:0:Role"] = "staff",
        ["DeadlineBot:Api:Keys:1:Name"] = "test-admin",
        ["DeadlineBot:Api:Keys:1:Key"] = "test-admin-key-0123",
        ["DeadlineBot:Api:Keys:1:Role"] = "admin",
    };

    /// <summary>Replaces services after the app's own registrations (e.g. an email sender that fails on purpose).</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    /// <summary>Local 08:00 on <paramref name="day"/> in Asia/Ho_Chi_Minh, when the daily scan runs.</summary>
    public static DateTimeOffset Morning(DateOnly day) => VietnamTime.At(day, new TimeOnly(8, 0));

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            // The machine's clock is the fake one; the app's clock is built over it (moved to an as-of date if set).
            services.AddKeyedSingleton<TimeProvider>(ClockOptions.RealClock, Time);
            // Azurite's clock is real: a message to retry becomes visible again at once rather than after host.json's minute.
            services.AddSingleton(HostJson.Current with { VisibilityTimeout = TimeSpan.Zero });
            TestServices?.Invoke(services);
        });
    }
}
