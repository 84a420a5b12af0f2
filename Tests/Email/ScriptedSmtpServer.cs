using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DeadlineBot.Tests.Email;

/// <summary>
/// A tiny SMTP server on loopback that answers each connection with the next greeting in its script (the last one
/// repeats): a 4xx/5xx greeting is followed by closing the connection; "220" by a minimal SMTP conversation whose
/// RCPT reply is <see cref="RecipientReply"/> (or 550 for <see cref="RefusedRecipient"/>). It serves one connection at
/// a time, counts connections and QUITs, and can hang up after each message (<see cref="HangUpAfterMessage"/>), as a
/// relay that closes idle connections does.
/// </summary>
internal sealed class ScriptedSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string[] _greetings;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _connections;
    private int _quits;

    public ScriptedSmtpServer(params string[] greetings)
    {
        _greetings = greetings;
        _listener.Start();
        _loop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Connections => Volatile.Read(ref _connections);

    public int Quits => Volatile.Read(ref _quits);

    public string RecipientReply { get; init; } = "250 2.1.5 OK";

    /// <summary>An address whose RCPT is answered 550.</summary>
    public string? RefusedRecipient { get; init; }

    public bool HangUpAfterMessage { get; init; }

    public List<string> Messages { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            var index = Interlocked.Increment(ref _connections) - 1;
            await ConverseAsync(client, _greetings[Math.Min(index, _greetings.Length - 1)]);
        }
    }

    private async Task ConverseAsync(TcpClient client, string greeting)
    {
        using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync(greeting);
        if (!greeting.StartsWith("220", StringComparison.Ordinal))
        {
            return;
        }

        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', ':')[0].ToUpperInvariant();
            await writer.WriteLineAsync(verb switch
            {
                "EHLO" or "HELO" => "250 localhost",
                "MAIL" or "RSET" or "NOOP" => "250 2.1.0 OK",
                "RCPT" when RefusedRecipient is { } refused && line.Contains(refused, StringComparison.OrdinalIgnoreCase) => "550 5.1.1 Mailbox unavailable",
                "RCPT" => RecipientReply,
                "DATA" => "354 End data with <CR><LF>.<CR><LF>",
                "QUIT" => "221 2.0.0 Bye",
                _ => "502 5.5.2 Command not recognized",
            });
            if (verb == "DATA")
            {
                var data = new StringBuilder();
                while (await reader.ReadLineAsync(_stop.Token) is { } body && body != ".")
                {
                    data.AppendLine(body);
                }

                lock (Messages)
                {
                    Messages.Add(data.ToString());
                }

                await writer.WriteLineAsync("250 2.0.0 Queued");
                if (HangUpAfterMessage)
                {
                    return;
                }
            }
            else if (verb == "QUIT")
            {
                Interlocked.Increment(ref _quits);
                return;
            }
        }
    }
}
