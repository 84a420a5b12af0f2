using System.Globalization;
using BenchmarkDotNet.Attributes;
using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Email;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DeadlineBot.Benchmarks;

/// <summary>
/// Reminder emails into the local SMTP sink (MailDev from <c>scripts/services.sh</c>; port from env
/// <c>DEADLINEBOT_BENCH_SMTP_PORT</c>, default 22003): rendering a 5-item digest, <see cref="SmtpEmailSender"/>
/// (a connection per email, as the queue sends one digest per message), and a bare MailKit loop on one open connection.
/// Emails per second = <see cref="Batch"/> / mean time. Run briefly:
/// <c>dotnet run -c Release --project Benchmarks -- --filter '*EmailBenchmarks*' --job short --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: GlobalCleanup disposes the connection.")]
public class EmailBenchmarks
{
    /// <summary>Emails per benchmark call.</summary>
    public const int Batch = 20;

    private readonly ReminderEmailRenderer _renderer = new();
    private readonly SmtpClient _open = new();
    private SmtpEmailSender _sender = null!;
    private ReminderDigest _digest = null!;
    private RenderedEmail _email = null!;
    private int _port;

    [GlobalSetup]
    public void Setup()
    {
        _port = int.Parse(Environment.GetEnvironmentVariable("DEADLINEBOT_BENCH_SMTP_PORT") ?? "22003", CultureInfo.InvariantCulture);
        var options = new SmtpOptions
        {
            Host = "127.0.0.1",
            Port = _port,
            Security = SmtpSecurity.None,
            FromAddress = "deadlinebot@example.test",
            FromName = "DeadlineBot – Nhắc việc",
        };
        _sender = new SmtpEmailSender(Options.Create(options), TimeProvider.System, NullLogger<SmtpEmailSender>.Instance);
        _digest = new ReminderDigest("Sở Nội vụ", new DateOnly(2022, 3, 24), [.. Enumerable.Range(1, 5).Select(Item)]);
        _email = _renderer.Render(_digest, Link);
        _open.Connect("127.0.0.1", _port, SecureSocketOptions.None);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _open.Disconnect(true);
        _open.Dispose();
    }

    [Benchmark]
    public RenderedEmail RenderDigest() => _renderer.Render(_digest, Link);

    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task SenderConnectionPerEmail()
    {
        for (var i = 0; i < Batch; i++)
        {
            await _sender.SendAsync(new EmailMessage(["so-noi-vu@example.test"], ["ubnd@example.test"], _email), CancellationToken.None);
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task BareMailKitOneConnection()
    {
        for (var i = 0; i < Batch; i++)
        {
            await _open.SendAsync(_sender.Compose(new EmailMessage(["so-noi-vu@example.test"], ["ubnd@example.test"], _email)));
        }
    }

    private static Uri Link(ReminderItem item) => new($"https://deadlinebot.example/api/done/{item.TaskId}?sig=0123456789abcdef");

    private static ReminderItem Item(int i) => new(
        $"t{i}", "plan-167", $"II.3.{i}", $"Rà soát các quy định về quản lý nhà nước số {i}", "Kế hoạch 167/KH-UBND",
        new DateOnly(2022, 3, 31), ReminderKind.Before, 7, false, "UBND tỉnh", $"t{i}|2022-03-31|before-7");
}
