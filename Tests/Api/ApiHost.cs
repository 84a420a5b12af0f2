using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DeadlineBot.Functions.Completion;
using DeadlineBot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DeadlineBot.Tests.Api;

/// <summary>
/// The whole app over Azurite with tables of its own (one per test class), a fake clock starting on
/// <see cref="Start"/> at 09:00 in Hà Nội, a staff key and an admin key. Dispose removes the tables.
/// </summary>
/// <remarks>
/// The factory is keyed on a type of the Functions assembly rather than its <c>Program</c>, which the CLI's
/// top-level <c>Program</c> makes ambiguous here; the factory only needs the assembly to find its entry point.
/// </remarks>
public sealed class ApiHost : WebApplicationFactory<CompletionLinks>
{
    public const string StaffKey = "test-staff-key-0123";
    public const string AdminKey = "test-admin-key-0123";
    public const string SigningKey = "test-signing-key-0123456789-0123456789";

    public static readonly DateTimeOffset Start = new(2022, 6, 1, 2, 0, 0, TimeSpan.Zero);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private ApiHost(TestStorage storage)
    {
        Storage = storage;
    }

    public TestStorage Storage { get; }

    public FakeTimeProvider Clock { get; } = new(Start);

    public CompletionLinks Links => Services.GetRequiredService<CompletionLinks>();

    public static ApiHost Create() => new(TestStorage.Create());

    /// <summary>A client that sends <paramref name="key"/> as X-Api-Key (none when null).</summary>
    public HttpClient Client(string? key = StaffKey)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Storage.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Storage.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("DeadlineBot:Api:Keys:0:Name", "test-staff");
        builder.UseSetting("DeadlineBot:Api:Keys:0:Key", StaffKey);
        builder.UseSetting("DeadlineBot:Api:Keys:0:Role", "staff");
        builder.UseSetting("DeadlineBot:Api:Keys:1:Name", "test-admin");
        builder.UseSetting("DeadlineBot:Api:Keys:1:Key", AdminKey);
        builder.UseSetting("DeadlineBot:Api:Keys:1:Role", "admin");
        builder.UseSetting("DeadlineBot:Links:BaseUrl", "http://localhost");
        builder.UseSetting("DeadlineBot:Links:SigningKey", SigningKey);
        builder.UseSetting("DeadlineBot:Links:ValidDays", "60");
        builder.UseSetting("DeadlineBot:Smtp:Host", "127.0.0.1");
        builder.UseSetting("DeadlineBot:Smtp:Port", "1025");
        builder.UseSetting("DeadlineBot:Smtp:FromAddress", "deadlinebot@localhost");
        builder.UseSetting("DeadlineBot:SelfHost:Triggers", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
