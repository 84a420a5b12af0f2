using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace DeadlineBot.Functions.Email;

/// <summary>
/// Connected, authenticated SMTP clients kept between emails, so the digests of one batch share a connection instead
/// of connecting, greeting, starting TLS and logging in for each. A client serves one send at a time (it is taken out
/// while in use; concurrent sends get their own); one idle for more than <see cref="CheckAfter"/> is checked with NOOP
/// before reuse; one idle for <see cref="SmtpOptions.ConnectionIdleTimeout"/> is closed (checked every half of it), and
/// all are closed when the pool is disposed (at shutdown). A client whose send failed is discarded, never given back.
/// An idle timeout of zero closes each connection after its email.
/// </summary>
internal sealed class SmtpConnectionPool(SmtpOptions options, TimeProvider time, ILogger logger) : IAsyncDisposable, IDisposable
{
    /// <summary>A connection idle this long is asked NOOP before it carries an email: the server may have closed it.</summary>
    public static readonly TimeSpan CheckAfter = TimeSpan.FromSeconds(5);

    private readonly Stack<Idle> _idle = new();
    private readonly Lock _gate = new();
    private ITimer? _sweeper;
    private bool _disposed;

    /// <summary>A client ready to send (connected and logged in) and whether it carried an email before.</summary>
    public async Task<(CopyTolerantSmtpClient Client, bool Reused)> RentAsync(CancellationToken cancellationToken)
    {
        while (TakeIdle() is { } idle)
        {
            if (!idle.Client.IsConnected)
            {
                idle.Client.Dispose();
                continue;
            }

            if (time.GetUtcNow() - idle.Since < CheckAfter)
            {
                return (idle.Client, true);
            }

            try
            {
                await idle.Client.NoOpAsync(cancellationToken);
                return (idle.Client, true);
            }
            catch (Exception e) when (SmtpFailures.IsTransient(e) is not null || e is OperationCanceledException)
            {
                idle.Client.Dispose();
                cancellationToken.ThrowIfCancellationRequested();
                logger.LogDebug(e, "An idle SMTP connection no longer answered; opening a new one");
            }
        }

        return (await ConnectAsync(cancellationToken), false);
    }

    /// <summary>Keeps a client whose email went through for the next one (or closes it: no reuse, or shutting down).</summary>
    public async Task ReturnAsync(CopyTolerantSmtpClient client, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_disposed && options.ConnectionIdleTimeout > TimeSpan.Zero && client.IsConnected)
            {
                _idle.Push(new Idle(client, time.GetUtcNow()));
                var period = options.ConnectionIdleTimeout / 2;
                _sweeper ??= time.CreateTimer(_ => _ = SweepAsync(), null, period, period);
                return;
            }
        }

        await CloseAsync(client, cancellationToken);
    }

    /// <summary>Says QUIT on every idle connection (at shutdown).</summary>
    public async ValueTask DisposeAsync()
    {
        var all = TakeAll();
        if (_sweeper is not null)
        {
            await _sweeper.DisposeAsync();
        }

        await Task.WhenAll(all.Select(idle => CloseAsync(idle.Client, CancellationToken.None)));
    }

    /// <summary>Drops every idle connection without a QUIT (a synchronous dispose cannot wait for the server).</summary>
    public void Dispose()
    {
        _sweeper?.Dispose();
        foreach (var idle in TakeAll())
        {
            idle.Client.Dispose();
        }
    }

    private List<Idle> TakeAll()
    {
        lock (_gate)
        {
            _disposed = true;
            List<Idle> all = [.. _idle];
            _idle.Clear();
            return all;
        }
    }

    private Idle? TakeIdle()
    {
        lock (_gate)
        {
            return _idle.TryPop(out var idle) ? idle : null;
        }
    }

    private async Task<CopyTolerantSmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new CopyTolerantSmtpClient
        {
            Timeout = (int)options.Timeout.TotalMilliseconds,
            ServerCertificateValidationCallback = PinnedCertificate.Validator(options.ServerCertificateThumbprint),
        };
        var security = options.Security switch
        {
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.None,
        };
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            // Nagle's algorithm off: the end of an email's data and each command go out at once rather than after the
            // relay's delayed ACK (~40 ms a message otherwise). The TCP connect is bounded by the send's own deadline.
            await socket.ConnectAsync(options.Host, options.Port, cancellationToken);
            await client.ConnectAsync(socket, options.Host, options.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Closes the connections idle longer than the idle timeout; runs on the sweeper's timer.</summary>
    private async Task SweepAsync()
    {
        List<Idle> expired;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var all = _idle.Reverse().ToList();
            expired = [.. all.Where(i => now - i.Since >= options.ConnectionIdleTimeout)];
            _idle.Clear();
            foreach (var kept in all.Except(expired))
            {
                _idle.Push(kept);
            }
        }

        await Task.WhenAll(expired.Select(idle => CloseAsync(idle.Client, CancellationToken.None)));
    }

    /// <summary>Says QUIT (bounded by the client's <see cref="SmtpOptions.Timeout"/>) and lets the connection go; the email (if any) was already accepted, so a failing QUIT changes nothing.</summary>
    private async Task CloseAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(true, cancellationToken);
            }
        }
        catch (Exception e) when (SmtpFailures.IsTransient(e) is not null || e is OperationCanceledException or ObjectDisposedException)
        {
            logger.LogDebug(e, "Closing an SMTP connection failed");
        }
        finally
        {
            client.Dispose();
        }
    }

    private sealed record Idle(CopyTolerantSmtpClient Client, DateTimeOffset Since);
}
