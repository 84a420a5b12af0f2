using System.Net.Sockets;
using SmtpServer;
using SmtpServer.Net;

namespace DeadlineBot.Benchmarks;

/// <summary>
/// The sink's listener with Nagle's algorithm off on its connections (inherited from the listening socket), as a
/// mail relay's own replies are not held back waiting for the client's delayed ACK (otherwise ~40 ms per reply on
/// loopback would swamp what is measured).
/// </summary>
internal sealed class NoDelayListenerFactory : EndpointListenerFactory
{
    public override IEndpointListener CreateListener(IEndpointDefinition endpointDefinition)
    {
        ArgumentNullException.ThrowIfNull(endpointDefinition);
        var listener = new TcpListener(endpointDefinition.Endpoint);
        listener.Server.NoDelay = true;
        listener.Start();
        return new NoDelayListener(listener);
    }
}
