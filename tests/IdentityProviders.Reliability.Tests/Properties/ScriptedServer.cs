using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IdentityProviders.Reliability.Tests.Properties;

/// <summary>A response the scripted server sends: status, headers and the exact body bytes.</summary>
public sealed record ScriptedResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public static ScriptedResponse Empty { get; } = new(204, [], []);
}

/// <summary>A request as it reached the server: the request target undecoded, the headers as parsed, the body.</summary>
public sealed record ReceivedRequest(string Method, string RawTarget, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public IEnumerable<string> HeaderValues(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);
}

/// <summary>
/// A minimal Kestrel app on 127.0.0.1 for the property tests: every request gets the response set last
/// (<see cref="Respond"/>), and is recorded as it arrived. Far cheaper per case than a WireMock mapping and log, which
/// matters at thousands of cases.
/// </summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();
    private readonly ConcurrentQueue<string> _rejected;
    private readonly WebApplication _app;
    private ScriptedResponse _response = ScriptedResponse.Empty;

    private ScriptedServer(WebApplication app, ConcurrentQueue<string> rejected)
    {
        _app = app;
        _rejected = rejected;
        _app.Run(HandleAsync);
    }

    public Uri Url { get; private set; } = null!;

    /// <summary>Requests since the last <see cref="Reset"/>, in arrival order.</summary>
    public IReadOnlyList<ReceivedRequest> Received => [.. _received];

    /// <summary>Requests Kestrel itself refused (400) before the app saw them, as Kestrel logged them.</summary>
    public IReadOnlyList<string> Rejected => [.. _rejected];

    public static async Task<ScriptedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        var rejected = new ConcurrentQueue<string>();
        builder.Logging.ClearProviders();
        builder.Logging.AddFilter((category, _) => category?.StartsWith("Microsoft.AspNetCore.Server.Kestrel.BadRequests", StringComparison.Ordinal) == true);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(new RejectionLog(rejected));
        builder.WebHost.UseKestrel(o =>
        {
            o.Listen(IPAddress.Loopback, 0);
            o.AddServerHeader = false;
        });
        var server = new ScriptedServer(builder.Build(), rejected);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.Url = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return server;
    }

    /// <summary>Sets what every following request gets and forgets the requests received so far.</summary>
    public void Respond(ScriptedResponse response)
    {
        Volatile.Write(ref _response, response);
        Reset();
    }

    public void Reset()
    {
        _received.Clear();
        _rejected.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted);
        var headers = request.Headers.SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v ?? string.Empty))).ToList();
        _received.Enqueue(new ReceivedRequest(request.Method, raw, headers, body.ToArray()));

        var response = Volatile.Read(ref _response);
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers.Append(name, value);
        }

        if (response.Body.Length > 0)
        {
            context.Response.ContentLength = response.Body.Length;
            await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
        }
    }
}

/// <summary>Keeps Kestrel's bad-request log lines.</summary>
internal sealed class RejectionLog(ConcurrentQueue<string> into) : ILoggerProvider, ILogger
{
    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        into.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception.Message));

    public void Dispose()
    {
    }
}

/// <summary>One scripted server shared by the tests of a class (they run one at a time).</summary>
public sealed class ScriptedServerFixture : IAsyncLifetime
{
    public ScriptedServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ScriptedServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
