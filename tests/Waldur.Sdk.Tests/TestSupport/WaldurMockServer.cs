using System.Text.Json.Nodes;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Http;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Waldur.Sdk.Tests.TestSupport;

/// <summary>A WireMock server on loopback plus helpers to build a <see cref="WaldurClient"/> against it and read what it received.</summary>
public sealed class WaldurMockServer : IDisposable
{
    public const string Token = "wt_test_api_token_3c2b1a";
    public const string CollectionPath = "/api/identity-providers/";

    public WireMockServer Server { get; } = WireMockServer.Start();

    public string Url => Server.Url!;

    /// <summary>Fast retries so retry tests take milliseconds.</summary>
    public static RetryOptions FastRetry { get; } = new() { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };

    /// <summary>Requests received, in arrival order.</summary>
    public IReadOnlyList<IRequestMessage> Requests =>
        [.. Server.LogEntries.Select(e => e.RequestMessage).OrderBy(r => r.DateTime)];

    public WaldurClientOptions Options(string? basePath = null) => new()
    {
        BaseAddress = new Uri(Url + (basePath ?? string.Empty)),
        Token = Token,
        Retry = FastRetry,
    };

    public WaldurClient CreateClient(Action<WaldurClientOptions>? configure = null, string? basePath = null)
    {
        var options = Options(basePath);
        configure?.Invoke(options);
        return new WaldurClient(options);
    }

    /// <summary>A client whose primary handler records each request URI exactly as sent.</summary>
    public (WaldurClient Client, RecordingHandler Recorder, HttpClient Http) CreateRecordingClient()
    {
        var options = Options();
        var recorder = new RecordingHandler();
        var http = HttpPipeline.CreateHttpClient(options, IdentityProviderVendor.Waldur, typeof(WaldurClient).Assembly, WaldurClient.CreateAuthenticator(options), recorder);
        return (new WaldurClient(http, options), recorder, http);
    }

    /// <summary>Answers <paramref name="method"/> on <paramref name="path"/> (any query) with a JSON body.</summary>
    public void Json(string method, string path, string body, int status = 200, int priority = 10, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).AtPriority(priority).RespondWith(response);
    }

    public void Dispose() => Server.Stop();

    /// <summary>The query string as (name, value) pairs in order, names and values unescaped.</summary>
    public static IReadOnlyList<QueryParam> QueryPairs(IRequestMessage request)
    {
        var raw = request.RawQuery;
        if (string.IsNullOrEmpty(raw))
        {
            return [];
        }

        return [.. raw.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? string.Empty : part[(eq + 1)..];
            return new QueryParam(Uri.UnescapeDataString(name.Replace('+', ' ')), Uri.UnescapeDataString(value.Replace('+', ' ')));
        })];
    }

    /// <summary>The single value of a request header (case-insensitive name); fails when absent or repeated.</summary>
    public static string Header(IRequestMessage request, string name)
    {
        var match = request.Headers!.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).ToList();
        match.Should().ContainSingle($"header {name} should be sent once");
        return string.Join(",", match[0].Value);
    }

    /// <summary>Asserts that <paramref name="actualJson"/> is the same JSON as <paramref name="expectedJson"/> (parsed, property order ignored).</summary>
    public static void ShouldBeJson(string? actualJson, string expectedJson)
    {
        actualJson.Should().NotBeNull();
        var actual = JsonNode.Parse(actualJson!);
        var expected = JsonNode.Parse(expectedJson);
        JsonNode.DeepEquals(actual, expected).Should().BeTrue($"the body should be {expected?.ToJsonString()} but was {actual?.ToJsonString()}");
    }
}
