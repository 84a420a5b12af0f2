using System.Net;
using System.Net.Sockets;
using SmtpServer;

namespace DeadlineBot.Benchmarks;

/// <summary>
/// A real SMTP server in the benchmark's process (the <c>SmtpServer</c> library on a free loopback port): full ESMTP
/// conversations, messages counted by <see cref="CountingMessageStore"/> and dropped.
/// </summary>
internal sealed class SmtpSink : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;

    public SmtpSink()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(Store);
        services.Add(new NoDelayListenerFactory());
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(CancellationToken.None);
    }

    public int Port { get; }

    public CountingMessageStore Store { get; } = new();

    public async ValueTask DisposeAsync()
    {
        _server.Shutdown();
        await Task.WhenAny(_server.ShutdownTask, Task.Delay(TimeSpan.FromSeconds(5)));
        await Task.WhenAny(_running, Task.Delay(TimeSpan.FromSeconds(1)));
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
