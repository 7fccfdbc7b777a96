using System.Globalization;
using System.Text.RegularExpressions;
using IdentityProviders.Sdk;
using Microsoft.Extensions.Logging;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace IdentityProviders.Reliability.Tests.Harness;

/// <summary>What a listing produced before it ended: the items, and the exception that ended it, if any.</summary>
public sealed record ListOutcome(IReadOnlyList<IdentityProviderInfo> Items, Exception? Error)
{
    public IReadOnlyList<string> Ids => [.. Items.Select(i => i.Id)];
}

/// <summary>
/// One matrix case: a vendor's fault server (reset), a Trace-level capturing logger, the clients built for the case, and
/// everything the case observed (exceptions, models) so that <see cref="AssertNoSecrets"/> can check it all.
/// </summary>
public sealed partial class MatrixRun : IDisposable
{
    private readonly List<string> _observed = [];
    private readonly List<ClientHandle> _clients = [];
    private readonly ILoggerFactory _loggerFactory;

    public MatrixRun(VendorServers servers, string vendor)
    {
        ArgumentNullException.ThrowIfNull(servers);
        Harness = Vendors.Get(vendor);
        Server = servers.For(vendor);
        Foreign = servers.Foreign;
        Server.Reset();
        Foreign.Reset();
        _loggerFactory = Logs.CreateFactory();
    }

    public VendorHarness Harness { get; }

    public FaultServer Server { get; }

    public FaultServer Foreign { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public IReadOnlyList<IRequestMessage> Requests => Server.Requests;

    public IIdentityProviderClient Client(ClientSettings? settings = null)
    {
        var handle = Harness.CreateClient(Server.Url, settings ?? ClientSettings.Fast, _loggerFactory);
        _clients.Add(handle);
        _observed.Add(handle.Options.ToString() ?? string.Empty);
        return handle.Client;
    }

    // ---- server side ------------------------------------------------------------------------------------------

    public static IResponseBuilder Build(WireResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var builder = Response.Create().WithStatusCode(response.Status).WithBody(response.Body);
        if (!response.Headers.Any(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            builder = builder.WithHeader("Content-Type", "application/json");
        }

        foreach (var (name, value) in response.Headers)
        {
            builder = builder.WithHeader(name, value);
        }

        return builder;
    }

    public void Respond(IRequestBuilder request, IResponseBuilder response, int priority = 50) =>
        Server.Server.Given(request).AtPriority(priority).RespondWith(response);

    public void Respond(IRequestBuilder request, WireResponse response, int priority = 50) => Respond(request, Build(response), priority);

    /// <summary>Answers <paramref name="request"/> with <paramref name="first"/> once, then with <paramref name="then"/>.</summary>
    public void RespondOnceThen(IRequestBuilder request, IResponseBuilder first, IResponseBuilder then)
    {
        var scenario = "once-" + Guid.NewGuid().ToString("N");
        Server.Server.Given(request).InScenario(scenario).WillSetStateTo("healed").AtPriority(1).RespondWith(first);
        // Re-entering "healed" keeps it: WireMock returns to the start state after a mapping without a next state.
        Server.Server.Given(request).InScenario(scenario).WhenStateIs("healed").WillSetStateTo("healed").AtPriority(1).RespondWith(then);
    }

    /// <summary>Serves <paramref name="items"/> as the vendor's paged listing.</summary>
    public void ServeListing(IReadOnlyList<TestItem> items, PageSignals? signals = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var pages = Math.Max(1, (items.Count + Harness.PageSize - 1) / Harness.PageSize);
        for (var page = 0; page < pages; page++)
        {
            Respond(Harness.ListPageRequest(page), Harness.ListPage(Server.Url, items, page, signals));
        }
    }

    public WireResponse Page(int pageIndex, IReadOnlyList<TestItem>? items = null) =>
        Harness.ListPage(Server.Url, items ?? Harness.StandardItems, pageIndex);

    public int CountRequests(Func<IRequestMessage, bool> predicate) => Requests.Count(predicate);

    public int PageRequests(int pageIndex) => CountRequests(r => Harness.IsListPage(r, pageIndex));

    // ---- client side ------------------------------------------------------------------------------------------

    /// <summary>Enumerates a whole listing, keeping what came before a failure.</summary>
    public async Task<ListOutcome> ListAsync(IIdentityProviderClient client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var items = new List<IdentityProviderInfo>();
        try
        {
            await foreach (var item in client.ListAsync(cancellationToken))
            {
                Observe(item);
                items.Add(item);
            }

            return new ListOutcome(items, null);
        }
        catch (Exception e)
        {
            Observe(e);
            return new ListOutcome(items, e);
        }
    }

    /// <summary>Runs an operation that returns a provider, keeping its result or its exception.</summary>
    public async Task<(IdentityProviderInfo? Info, Exception? Error)> CaptureAsync(Func<Task<IdentityProviderInfo>> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        try
        {
            var info = await operation();
            Observe(info);
            return (info, null);
        }
        catch (Exception e)
        {
            Observe(e);
            return (null, e);
        }
    }

    public void Observe(IdentityProviderInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        _observed.Add(info.ToString());
        _observed.Add(info.VendorModel.ToString() ?? string.Empty);
    }

    public void Observe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        _observed.Add(exception.ToString());
        for (var e = exception; e is not null; e = e.InnerException)
        {
            _observed.Add(e.Message);
            if (e is IdentityProviderApiException api)
            {
                _observed.AddRange(api.ErrorMessages);
                _observed.AddRange(api.ErrorCodes);
            }
        }
    }

    // ---- assertions -------------------------------------------------------------------------------------------

    /// <summary>The delays of the retries the pipeline logged ("Retrying ... in N ms"), in order.</summary>
    public IReadOnlyList<long> RetryDelaysMs() =>
        [.. Logs.Entries.Select(e => RetryLine().Match(e)).Where(m => m.Success).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    /// <summary>Attempts the logging handler saw fail before any response (connection refused, reset, timeout).</summary>
    public int FailedAttempts(string method) => Logs.Entries.Count(e => e.Contains($"HTTP {method} ", StringComparison.Ordinal) && e.Contains(" failed after ", StringComparison.Ordinal));

    /// <summary>Every escaping exception is one the SDK documents: never a raw JsonException, HttpRequestException, NullReferenceException.</summary>
    public static void AssertDocumented(Exception? exception)
    {
        exception.Should().NotBeNull();
        exception.Should().Match<Exception>(
            e => e is IdentityProviderException || e is ArgumentException || e is OperationCanceledException,
            $"only documented SDK exceptions may escape, got {exception?.GetType().FullName}: {exception?.Message}");
    }

    /// <summary>No secret in any log line, exception (ToString and messages), options or model ToString.</summary>
    public void AssertNoSecrets()
    {
        var texts = Logs.Entries.Concat(_observed).ToList();
        texts.Should().NotBeEmpty();
        foreach (var secret in Secrets.All)
        {
            var leaks = texts.Where(t => t.Contains(secret, StringComparison.Ordinal)).ToList();
            leaks.Should().BeEmpty($"the secret {secret[..8]}... must never be printed");
        }
    }

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        _loggerFactory.Dispose();
        Logs.Dispose();
    }

    [GeneratedRegex(@"^Warning .*Retrying .* in (\d+) ms after ", RegexOptions.CultureInvariant)]
    private static partial Regex RetryLine();
}
