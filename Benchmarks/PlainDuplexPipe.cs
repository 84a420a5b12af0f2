using System.IO.Pipelines;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using SmtpServer.IO;

namespace DeadlineBot.Benchmarks;

/// <summary>A connection's stream as the pipes the SMTP server reads and writes; the sink speaks plain SMTP only (no STARTTLS).</summary>
internal sealed class PlainDuplexPipe(Stream stream, IDisposable connection) : ISecurableDuplexPipe
{
    public PipeReader Input { get; } = PipeReader.Create(stream);

    public PipeWriter Output { get; } = PipeWriter.Create(stream);

    public bool IsSecure => false;

    public SslProtocols SslProtocol => SslProtocols.None;

    public Task UpgradeAsync(X509Certificate certificate, SslProtocols protocols, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The benchmark's SMTP sink speaks plain SMTP only.");

    public void Dispose() => connection.Dispose();
}
