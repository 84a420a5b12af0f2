using BenchmarkDotNet.Attributes;
using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Email;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Benchmarks;

/// <summary>
/// Reminder emails into a real SMTP server in this process (<see cref="SmtpSink"/>): rendering a 5-item digest, and a
/// batch of <see cref="Batch"/> digests (each its own recipients and Message-ID) sent by <see cref="SmtpEmailSender"/> as
/// the app runs it (connections kept between emails) and as it ran before (<c>ConnectionIdleTimeout</c> 0: a connection
/// per digest, now with Nagle's algorithm off), the sender's conversation as it was before connections were kept
/// (34e09af: a client per digest, Nagle on), and a bare MailKit loop sending the same messages on one open connection
/// (the baseline; Nagle off as in the app).
/// Time per email = the mean shown (<c>OperationsPerInvoke</c> = <see cref="Batch"/>; one batch per iteration, 12 of
/// them, so that a slow machine stays within the in-process toolchain's time limit). Run:
/// <c>dotnet run -c Release --project Benchmarks -- --filter '*EmailBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(12)]
[InvocationCount(1, 1)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: GlobalCleanup disposes the connection.")]
public class EmailBenchmarks
{
    /// <summary>Digests per batch.</summary>
    public const int Batch = 50;

    private readonly ReminderEmailRenderer _renderer = new();
    private readonly SmtpClient _open = new();
    private SmtpSink _sink = null!;
    private SmtpEmailSender _reusing = null!;
    private SmtpEmailSender _perDigest = null!;
    private ReminderDigest _digest = null!;
    private EmailMessage[] _batch = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sink = new SmtpSink();
        _reusing = Sender(TimeSpan.FromMinutes(1));
        _perDigest = Sender(TimeSpan.Zero);
        _digest = new ReminderDigest("Sở Nội vụ", new DateOnly(2022, 3, 24), [.. Enumerable.Range(1, 5).Select(Item)]);
        var email = _renderer.Render(_digest, Link);
        _batch = [.. Enumerable.Range(1, Batch).Select(i => new EmailMessage([$"so-{i}@example.test"], ["ubnd@example.test"], email, $"2022-03-24-so-{i}"))];
        var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
        socket.Connect("127.0.0.1", _sink.Port);
        _open.Connect(socket, "127.0.0.1", _sink.Port, SecureSocketOptions.None);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _open.Disconnect(true);
        _open.Dispose();
        _reusing.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _perDigest.Dispose();
        Console.WriteLine($"// SMTP sink took {_sink.Store.Messages} messages, {_sink.Store.Bytes / Math.Max(1, _sink.Store.Messages)} bytes each");
        _sink.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark]
    public RenderedEmail RenderDigest() => _renderer.Render(_digest, Link);

    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task SenderConnectionPerDigest()
    {
        foreach (var message in _batch)
        {
            await _perDigest.SendAsync(message, CancellationToken.None);
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task SenderReusedConnection()
    {
        foreach (var message in _batch)
        {
            await _reusing.SendAsync(message, CancellationToken.None);
        }
    }

    /// <summary>What the sender did per digest before connections were kept (34e09af): a new client, connect, send, QUIT; Nagle's algorithm on.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task ConnectionPerDigestAsBefore()
    {
        foreach (var message in _batch)
        {
            using var client = new SmtpClient();
            await client.ConnectAsync("127.0.0.1", _sink.Port, SecureSocketOptions.None);
            await client.SendAsync(_reusing.Compose(message));
            await client.DisconnectAsync(true);
        }
    }

    [Benchmark(OperationsPerInvoke = Batch, Baseline = true)]
    public async Task BareMailKitOneConnection()
    {
        foreach (var message in _batch)
        {
            await _open.SendAsync(_reusing.Compose(message));
        }
    }

    private SmtpEmailSender Sender(TimeSpan idle) => new(
        Options.Create(new SmtpOptions
        {
            Host = "127.0.0.1",
            Port = _sink.Port,
            Security = SmtpSecurity.None,
            FromAddress = "deadlinebot@example.test",
            FromName = "DeadlineBot – Nhắc việc",
            ConnectionIdleTimeout = idle,
        }),
        TimeProvider.System,
        NullLogger<SmtpEmailSender>.Instance);

    private static Uri Link(ReminderItem item) => new($"https://deadlinebot.example/api/done/{item.TaskId}?sig=0123456789abcdef");

    private static ReminderItem Item(int i) => new(
        $"t{i}", "plan-167", $"II.3.{i}", $"Rà soát các quy định về quản lý nhà nước số {i}", "Kế hoạch 167/KH-UBND",
        new DateOnly(2022, 3, 31), ReminderKind.Before, 7, false, "UBND tỉnh", $"t{i}|2022-03-31|before-7");
}
