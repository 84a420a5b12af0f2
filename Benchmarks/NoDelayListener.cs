using System.Net.Sockets;
using SmtpServer;
using SmtpServer.IO;
using SmtpServer.Net;

namespace DeadlineBot.Benchmarks;

/// <summary>Accepts the sink's connections with Nagle's algorithm off (see <see cref="NoDelayListenerFactory"/>).</summary>
internal sealed class NoDelayListener(TcpListener listener) : IEndpointListener
{
    public async Task<ISecurableDuplexPipe> GetPipeAsync(ISessionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var client = await listener.AcceptTcpClientAsync(cancellationToken);
        client.NoDelay = true;
        context.Properties[EndpointListener.LocalEndPointKey] = listener.LocalEndpoint;
        context.Properties[EndpointListener.RemoteEndPointKey] = client.Client.RemoteEndPoint!;
        return new PlainDuplexPipe(client.GetStream(), client);
    }

    public void Dispose() => listener.Stop();
}
