using System.Net;
using System.Net.Sockets;

namespace IdentityProviders.Sdk.Tests.TestSupport;

/// <summary>
/// A loopback port that refuses connections: bound but not listening, so no other test's server can take it over
/// (a port freed by a stopped server is quickly handed out again).
/// </summary>
public sealed class RefusingEndpoint : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public RefusingEndpoint()
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Url = $"http://127.0.0.1:{((IPEndPoint)_socket.LocalEndPoint!).Port}";
    }

    /// <summary>The base URL, without a trailing slash.</summary>
    public string Url { get; }

    public void Dispose() => _socket.Dispose();
}
