using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SmtpServer;
using SmtpServer.Authentication;

namespace DeadlineBot.Tests.Support;

/// <summary>
/// A relay as a production one is set up (the <c>SmtpServer</c> library on a free loopback port): STARTTLS with a
/// self-signed certificate made for the test, AUTH required once the connection is secure, one user and password.
/// What it took is in <see cref="Mailbox"/>; <see cref="Settings"/> are the app's settings that reach it.
/// </summary>
public sealed class SecureSmtpRelay : IAsyncDisposable
{
    public const string UserName = "deadlinebot";
    public const string Password = "mat-khau-dung-0123";

    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;

    public SecureSmtpRelay(string? refusedRecipient = null)
    {
        Certificate = SelfSigned();
        Mailbox = new RelayMailbox(refusedRecipient);
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint
                .Endpoint(new IPEndPoint(IPAddress.Loopback, Port))
                .Certificate(Certificate)
                .AllowUnsecureAuthentication(false)
                .AuthenticationRequired())
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add((SmtpServer.Storage.IMessageStore)Mailbox);
        services.Add((SmtpServer.Storage.IMailboxFilter)Mailbox);
        services.Add(new DelegatingUserAuthenticator((user, password) => user == UserName && password == Password));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(CancellationToken.None);
    }

    public int Port { get; }

    public X509Certificate2 Certificate { get; }

    public RelayMailbox Mailbox { get; }

    /// <summary>The app's SMTP settings for this relay: STARTTLS, the right login, the certificate pinned by its SHA-256 thumbprint.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["DeadlineBot:Smtp:Host"] = "127.0.0.1",
        ["DeadlineBot:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["DeadlineBot:Smtp:Security"] = "StartTls",
        ["DeadlineBot:Smtp:UserName"] = UserName,
        ["DeadlineBot:Smtp:Password"] = Password,
        ["DeadlineBot:Smtp:ServerCertificateThumbprint"] = Certificate.GetCertHashString(HashAlgorithmName.SHA256),
    };

    public async ValueTask DisposeAsync()
    {
        _server.Shutdown();
        await Task.WhenAny(_server.ShutdownTask, Task.Delay(TimeSpan.FromSeconds(5)));
        await Task.WhenAny(_running, Task.Delay(TimeSpan.FromSeconds(1)));
        Certificate.Dispose();
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        // The TLS handshake checks validity against the machine's real clock, never a test's fake one.
        var now = TimeProvider.System.GetUtcNow();
        using var ephemeral = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));

        // A certificate with a key a TLS server can use on every platform (an ephemeral key cannot always be).
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pfx), null);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
