using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DeadlineBot.Tests.Campaign;

/// <summary>
/// A real SMTP server on loopback for the fault campaign: serves connections concurrently, records every message it
/// takes, and can be told to take a message but drop the connection instead of answering <c>250</c>
/// (<see cref="DropReplies"/>), or to refuse messages with <c>451</c> (<see cref="RefuseMessages"/>).
/// </summary>
internal sealed class RecordingSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _dropReplies;
    private int _refuseMessages;

    public RecordingSmtpServer()
    {
        _listener.Start();
        _loop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public ConcurrentQueue<string> Messages { get; } = new();

    /// <summary>How many of the next messages to take and then hang up on, without a reply.</summary>
    public int DropReplies { set => Volatile.Write(ref _dropReplies, value); }

    /// <summary>How many of the next messages to refuse with 451 (not taken).</summary>
    public int RefuseMessages { set => Volatile.Write(ref _refuseMessages, value); }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private static bool TakeOne(ref int counter)
    {
        for (var seen = Volatile.Read(ref counter); seen > 0; seen = Volatile.Read(ref counter))
        {
            if (Interlocked.CompareExchange(ref counter, seen - 1, seen) == seen)
            {
                return true;
            }
        }

        return false;
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                await ConverseAsync(client.GetStream());
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away.
            }
        }
    }

    private async Task ConverseAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 campaign ESMTP");
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', ':')[0].ToUpperInvariant();
            if (verb == "DATA")
            {
                await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                var data = new StringBuilder();
                while (await reader.ReadLineAsync(_stop.Token) is { } body && body != ".")
                {
                    data.Append(body.StartsWith("..", StringComparison.Ordinal) ? body[1..] : body).Append("\r\n");
                }

                if (TakeOne(ref _refuseMessages))
                {
                    await writer.WriteLineAsync("451 4.3.0 Try again later");
                    continue;
                }

                Messages.Enqueue(data.ToString());
                if (TakeOne(ref _dropReplies))
                {
                    return;
                }

                await writer.WriteLineAsync("250 2.0.0 Queued");
                continue;
            }

            await writer.WriteLineAsync(verb switch
            {
                "EHLO" or "HELO" => "250 campaign",
                "MAIL" or "RCPT" or "RSET" or "NOOP" => "250 2.1.0 OK",
                "QUIT" => "221 2.0.0 Bye",
                _ => "502 5.5.2 Command not recognized",
            });
            if (verb == "QUIT")
            {
                return;
            }
        }
    }
}
