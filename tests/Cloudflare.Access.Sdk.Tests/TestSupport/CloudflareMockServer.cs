using System.Text.Json.Nodes;
using IdentityProviders.Sdk.Http;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Cloudflare.Access.Sdk.Tests.TestSupport;

/// <summary>A WireMock server on loopback plus helpers to build a <see cref="CloudflareAccessClient"/> against it and read what it received.</summary>
public sealed class CloudflareMockServer : IDisposable
{
    public const string Token = "cf_test_api_token_3b9d1e";
    public const string Account = "023e105f4ecef8ad9ca31a8372d0c353";
    public const string Zone = "0da42c8d2132a9ddaf714f9e7c920711";
    public const string AccountPath = "/client/v4/accounts/" + Account + "/access/identity_providers";
    public const string ZonePath = "/client/v4/zones/" + Zone + "/access/identity_providers";

    public WireMockServer Server { get; } = WireMockServer.Start();

    public string Url => Server.Url!;

    /// <summary>Fast retries so retry tests take milliseconds; Retry-After is capped to 1 ms.</summary>
    public static RetryOptions FastRetry { get; } = new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryAfter = TimeSpan.FromMilliseconds(1),
    };

    /// <summary>The collection path at a scope.</summary>
    public static string PathOf(CloudflareScope scope) => scope.IsZone ? ZonePath : AccountPath;

    /// <summary>Both scopes, for theories.</summary>
    public static TheoryData<string> Scopes => new() { "account", "zone" };

    public static CloudflareScope ScopeOf(string name) => name == "zone" ? CloudflareScope.Zone(Zone) : CloudflareScope.Account(Account);

    /// <summary>Requests received, in arrival order.</summary>
    public IReadOnlyList<IRequestMessage> Requests =>
        [.. Server.LogEntries.Select(e => e.RequestMessage).OrderBy(r => r.DateTime)];

    /// <summary>Options with the base path <c>/client/v4</c> (as the real API has), the token and no default scope.</summary>
    public CloudflareAccessClientOptions Options() => new()
    {
        BaseAddress = new Uri(Url + "/client/v4"),
        ApiToken = Token,
        Retry = FastRetry,
    };

    public CloudflareAccessClient CreateClient(Action<CloudflareAccessClientOptions>? configure = null)
    {
        var options = Options();
        configure?.Invoke(options);
        return new CloudflareAccessClient(options);
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

    /// <summary>Answers a GET of <paramref name="path"/> with <c>page=<paramref name="page"/></c> only.</summary>
    public void PageJson(string path, int page, string body)
    {
        Server.Given(Request.Create().WithPath(path).UsingGet().WithParam("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));
    }

    public void Dispose() => Server.Stop();

    /// <summary>The query string as (name, value) pairs in order, names and values unescaped.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> QueryPairs(IRequestMessage request)
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
            return new KeyValuePair<string, string>(Uri.UnescapeDataString(name.Replace('+', ' ')), Uri.UnescapeDataString(value.Replace('+', ' ')));
        })];
    }

    /// <summary>The single value of a request header (case-insensitive name); fails when absent or repeated.</summary>
    public static string Header(IRequestMessage request, string name)
    {
        var match = request.Headers!.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).ToList();
        match.Should().ContainSingle($"header {name} should be sent once");
        return string.Join(",", match[0].Value);
    }

    public static bool HasHeader(IRequestMessage request, string name) =>
        request.Headers is { } headers && headers.Any(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Asserts that <paramref name="actualJson"/> is the same JSON as <paramref name="expectedJson"/> (parsed, property order ignored).</summary>
    public static void ShouldBeJson(string? actualJson, string expectedJson)
    {
        actualJson.Should().NotBeNull();
        var actual = JsonNode.Parse(actualJson!);
        var expected = JsonNode.Parse(expectedJson);
        JsonNode.DeepEquals(actual, expected).Should().BeTrue($"the body should be {expected?.ToJsonString()} but was {actual?.ToJsonString()}");
    }
}
