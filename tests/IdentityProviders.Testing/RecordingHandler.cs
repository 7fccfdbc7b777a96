using System.Collections.Concurrent;

namespace IdentityProviders.Testing;

/// <summary>The primary handler of a test client: real sockets, plus a record of each request URI exactly as the client sent it.</summary>
public sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<Uri> _uris = new();

    public IReadOnlyList<Uri> Uris => [.. _uris];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _uris.Enqueue(request.RequestUri!);
        return base.SendAsync(request, cancellationToken);
    }
}
