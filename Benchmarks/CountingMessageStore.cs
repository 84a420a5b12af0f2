using System.Buffers;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace DeadlineBot.Benchmarks;

/// <summary>The sink's store: counts the messages and bytes the server took, and keeps nothing.</summary>
internal sealed class CountingMessageStore : MessageStore
{
    private long _messages;
    private long _bytes;

    public long Messages => Interlocked.Read(ref _messages);

    public long Bytes => Interlocked.Read(ref _bytes);

    public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _messages);
        Interlocked.Add(ref _bytes, buffer.Length);
        return Task.FromResult(SmtpResponse.Ok);
    }
}
