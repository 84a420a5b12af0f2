using DeadlineBot.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DeadlineBot.Tests.Web;

/// <summary>
/// The whole app self-hosted on a real port (Kestrel, over Azurite) and Debian's Chromium driven by Playwright, for
/// the web app's browser tests. Playwright never downloads a browser here: it launches <see cref="Chromium"/>, headless,
/// with a fresh profile and without the background networking a closed network refuses.
/// </summary>
public sealed class BrowserApp : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";
    public const string StaffKey = "test-staff-key-0123";
    public const string AdminKey = "test-admin-key-0123";

    private readonly string _profiles = Directory.CreateTempSubdirectory("deadlinebot-chromium-").FullName;
    private IPlaywright? _playwright;

    private BrowserApp(DeadlineBotApp app, string baseUrl)
    {
        App = app;
        BaseUrl = baseUrl;
    }

    public DeadlineBotApp App { get; }

    /// <summary>http://127.0.0.1:port, the self-hosted app.</summary>
    public string BaseUrl { get; }

    /// <summary>The web app's address: the Functions host's route prefix, then app/.</summary>
    public string Web(string path = "") => BaseUrl + Functions.Web.WebPaths.To(path);

    public static BrowserApp Start(DateTimeOffset now)
    {
        var app = new DeadlineBotApp(TestStorage.Create(), now);
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BrowserApp(app, address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/'));
    }

    /// <summary>A new browser (its own profile: no cookies) with one page.</summary>
    public async Task<IBrowserContext> BrowserAsync()
    {
        _playwright ??= await Playwright.CreateAsync();
        var context = await _playwright.Chromium.LaunchPersistentContextAsync(
            Directory.CreateDirectory(Path.Combine(_profiles, Guid.NewGuid().ToString("N"))).FullName,
            new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args =
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                ],
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
                Locale = "vi-VN",
                AcceptDownloads = true,
            });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    /// <summary>Signs in with <paramref name="key"/> on the sign-in page and lands on the app's front page.</summary>
    public async Task<IPage> SignInAsync(IBrowserContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        await page.GotoAsync(Web());
        await page.GetByLabel("Khóa truy cập").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("sign-in", StringComparison.Ordinal));
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        _playwright?.Dispose();
        var storage = App.Storage;
        await App.DisposeAsync();
        await storage.DisposeAsync();
        try
        {
            Directory.Delete(_profiles, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be letting go of its profile; the temp folder is cleaned by the system.
        }
    }
}
