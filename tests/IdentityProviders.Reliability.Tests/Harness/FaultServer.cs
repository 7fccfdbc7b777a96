using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using WireMock;
using WireMock.Server;
using WireMock.Settings;

namespace IdentityProviders.Reliability.Tests.Harness;

/// <summary>
/// A WireMock server on loopback whose Kestrel pipeline carries a fault middleware (see <see cref="Faults"/>): the
/// mapping decides the response, the middleware decides how it travels (whole, cut, stalled, chunked). The middleware
/// also records every request target exactly as sent (before any decoding) and how many requests are still running.
/// </summary>
public sealed class FaultServer : IDisposable
{
    private readonly ConcurrentQueue<string> _rawTargets = new();
    private int _inFlight;

    public FaultServer()
    {
        Server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = ["http://127.0.0.1:0"],
            StartAdminInterface = false,
            PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use(InvokeAsync),
        });
    }

    public WireMockServer Server { get; }

    public Uri Url => new(Server.Urls[0]);

    /// <summary>Requests whose handling has not finished (a stalled response waiting, a body still being written).</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Request targets (path and query) exactly as they arrived, undecoded.</summary>
    public IReadOnlyList<string> RawTargets => [.. _rawTargets];

    /// <summary>Requests WireMock answered, in arrival order.</summary>
    public IReadOnlyList<IRequestMessage> Requests =>
        [.. Server.LogEntries.Select(e => e.RequestMessage).OrderBy(r => r.DateTime)];

    public void Reset()
    {
        Server.Reset();
        Server.ResetScenarios();
        _rawTargets.Clear();
    }

    /// <summary>Waits until nothing is running server-side and no new request arrived for <paramref name="quiet"/>.</summary>
    /// <returns>Whether the server went quiet within <paramref name="limit"/>.</returns>
    public async Task<bool> WaitUntilQuietAsync(TimeSpan quiet, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        var count = Server.LogEntries.Count;
        var stableSince = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
            var now = Server.LogEntries.Count;
            if (now != count || InFlight != 0)
            {
                count = now;
                stableSince = DateTime.UtcNow;
            }
            else if (DateTime.UtcNow - stableSince >= quiet)
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose() => Server.Stop();

    private async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
            _rawTargets.Enqueue(raw);
            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next();
            }
            finally
            {
                context.Response.Body = original;
            }

            var fault = context.Response.Headers[Faults.Header].ToString();
            context.Response.Headers.Remove(Faults.Header);
            var retryAfter = context.Response.Headers.RetryAfter.ToString();
            if (retryAfter.StartsWith(Faults.RetryAfterDatePrefix, StringComparison.Ordinal))
            {
                var ahead = TimeSpan.FromMilliseconds(long.Parse(retryAfter[Faults.RetryAfterDatePrefix.Length..], CultureInfo.InvariantCulture));
                context.Response.Headers.RetryAfter = (DateTimeOffset.UtcNow + ahead).ToString("r", CultureInfo.InvariantCulture);
            }

            await SendAsync(context, buffer.ToArray(), fault);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away while the response was stalled: exactly what cancellation tests want.
        }
        catch (IOException)
        {
            // The client closed the connection mid-response.
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static async Task SendAsync(HttpContext context, byte[] body, string fault)
    {
        var aborted = context.RequestAborted;
        var response = context.Response;
        var half = body.Length / 2;
        switch (Parse(fault, out var delay))
        {
            case Faults.Reset:
                context.Abort();
                return;
            case Faults.ResetMidBody:
                response.ContentLength = body.Length;
                await response.Body.WriteAsync(body.AsMemory(0, half), aborted);
                await response.Body.FlushAsync(aborted);
                await Task.Delay(50, aborted);
                context.Abort();
                return;
            case "stall-headers":
                await Task.Delay(delay, aborted);
                break;
            case "stall-body":
                response.ContentLength = body.Length;
                await response.Body.WriteAsync(body.AsMemory(0, half), aborted);
                await response.Body.FlushAsync(aborted);
                await Task.Delay(delay, aborted);
                await response.Body.WriteAsync(body.AsMemory(half), aborted);
                return;
            case Faults.Chunked:
                response.ContentLength = null;
                response.Headers.ContentLength = null;
                for (var offset = 0; offset < body.Length; offset += 64 * 1024)
                {
                    await response.Body.WriteAsync(body.AsMemory(offset, Math.Min(64 * 1024, body.Length - offset)), aborted);
                    await response.Body.FlushAsync(aborted);
                }

                return;
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, aborted);
    }

    private static string Parse(string fault, out TimeSpan delay)
    {
        delay = TimeSpan.Zero;
        var colon = fault.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return fault;
        }

        delay = TimeSpan.FromMilliseconds(long.Parse(fault[(colon + 1)..], CultureInfo.InvariantCulture));
        return fault[..colon];
    }
}
