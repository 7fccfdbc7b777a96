using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IdentityProviders.Sdk.Tests.TestSupport;

/// <summary>What the <see cref="FaultyHttpServer"/> does with one request.</summary>
public enum ConnectionFault
{
    /// <summary>Reads the request, then resets the connection without answering.</summary>
    ResetBeforeResponse,

    /// <summary>Sends the headers and half of the body, then resets the connection.</summary>
    CutMidBody,

    /// <summary>Answers 200 with the JSON body.</summary>
    None,
}

/// <summary>
/// A loopback HTTP/1.1 server for the faults WireMock.Net cannot produce (its "faults" are well-formed responses with an
/// empty or garbage body): a connection reset before the response and a connection cut in the middle of the body.
/// Requests follow the script, then are answered normally.
/// </summary>
public sealed class FaultyHttpServer : IAsyncDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<ConnectionFault> _script;
    private readonly byte[] _body;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private readonly ConcurrentQueue<string> _requestLines = new();

    public FaultyHttpServer(string jsonBody, params ConnectionFault[] script)
    {
        _body = Encoding.UTF8.GetBytes(jsonBody);
        _script = new ConcurrentQueue<ConnectionFault>(script);
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _acceptLoop = AcceptLoopAsync();
    }

    public Uri Url { get; }

    /// <summary>The request lines received (e.g. <c>GET /things/1 HTTP/1.1</c>), in order.</summary>
    public IReadOnlyList<string> RequestLines => [.. _requestLines];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(client));
        }
    }

    private async Task HandleAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                while (await ReadRequestAsync(stream) is { } requestLine)
                {
                    _requestLines.Enqueue(requestLine);
                    var fault = _script.TryDequeue(out var next) ? next : ConnectionFault.None;
                    switch (fault)
                    {
                        case ConnectionFault.ResetBeforeResponse:
                            client.Client.LingerState = new LingerOption(true, 0);
                            return;
                        case ConnectionFault.CutMidBody:
                            await stream.WriteAsync(Head(_body.Length + 100));
                            await stream.WriteAsync(_body.AsMemory(0, _body.Length / 2));
                            await stream.FlushAsync();
                            client.Client.LingerState = new LingerOption(true, 0);
                            return;
                        default:
                            await stream.WriteAsync(Head(_body.Length));
                            await stream.WriteAsync(_body);
                            await stream.FlushAsync();
                            break;
                    }
                }
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
            {
                // The client went away.
            }
        }
    }

    private static byte[] Head(int contentLength) => Encoding.ASCII.GetBytes(string.Create(
        CultureInfo.InvariantCulture,
        $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {contentLength}\r\nx-request-id: faulty-1\r\n\r\n"));

    /// <summary>Reads one request (headers and a Content-Length body); returns its request line, or null at end of stream.</summary>
    private async Task<string?> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var chunk = new byte[4096];
        int headerEnd;
        while ((headerEnd = IndexOf(buffer, HeaderEnd)) < 0)
        {
            var read = await stream.ReadAsync(chunk, _stop.Token);
            if (read == 0)
            {
                return null;
            }

            buffer.AddRange(chunk.AsSpan(0, read));
        }

        var head = Encoding.ASCII.GetString(buffer.GetRange(0, headerEnd).ToArray());
        var lines = head.Split("\r\n");
        var length = lines
            .Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(l => int.Parse(l["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture))
            .FirstOrDefault();
        var bodyReceived = buffer.Count - headerEnd - HeaderEnd.Length;
        while (bodyReceived < length)
        {
            var read = await stream.ReadAsync(chunk, _stop.Token);
            if (read == 0)
            {
                return null;
            }

            bodyReceived += read;
        }

        return lines[0];
    }

    private static int IndexOf(List<byte> buffer, byte[] pattern)
    {
        for (var i = 0; i <= buffer.Count - pattern.Length; i++)
        {
            var match = true;
            for (var j = 0; j < pattern.Length && match; j++)
            {
                match = buffer[i + j] == pattern[j];
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
