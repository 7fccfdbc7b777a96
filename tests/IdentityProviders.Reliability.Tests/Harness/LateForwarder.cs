using System.Net;
using System.Net.Sockets;

namespace IdentityProviders.Reliability.Tests.Harness;

/// <summary>
/// A loopback port nobody listens on (so connecting is refused: the request never left), which can start listening
/// later and forward every connection, byte for byte, to a target server.
/// </summary>
public sealed class LateForwarder : IDisposable
{
    private readonly Uri _target;
    private readonly CancellationTokenSource _stop = new();
    private TcpListener? _listener;

    public LateForwarder(Uri target)
    {
        _target = target;
        // Take a free port and release it: until Start, connections to it are refused.
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    public void Start()
    {
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _ = AcceptAsync(_listener, _stop.Token);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener?.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = PumpAsync(client, cancellationToken);
        }
    }

    private async Task PumpAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        using (var upstream = new TcpClient())
        {
            try
            {
                await upstream.ConnectAsync(_target.Host, _target.Port, cancellationToken);
                var down = client.GetStream();
                var up = upstream.GetStream();
                await Task.WhenAny(down.CopyToAsync(up, cancellationToken), up.CopyToAsync(down, cancellationToken));
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // A side closed: the connection is over.
            }
        }
    }
}
