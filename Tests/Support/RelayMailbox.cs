using System.Buffers;
using System.Collections.Concurrent;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace DeadlineBot.Tests.Support;

/// <summary>What the <see cref="SecureSmtpRelay"/> took, as parsed messages; one address (if any) is refused at RCPT with 550.</summary>
public sealed class RelayMailbox(string? refusedRecipient) : MessageStore, IMailboxFilter
{
    private readonly ConcurrentQueue<(MimeMessage Message, string[] Recipients)> _taken = new();

    public IReadOnlyList<(MimeMessage Message, string[] Recipients)> Taken => [.. _taken];

    public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        using var stream = new MemoryStream(buffer.ToArray());
        _taken.Enqueue((MimeMessage.Load(stream, cancellationToken), [.. transaction.To.Select(Address)]));
        return Task.FromResult(SmtpResponse.Ok);
    }

    public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
        Task.FromResult(!string.Equals(Address(to), refusedRecipient, StringComparison.OrdinalIgnoreCase));

    private static string Address(IMailbox mailbox) => $"{mailbox.User}@{mailbox.Host}";
}
