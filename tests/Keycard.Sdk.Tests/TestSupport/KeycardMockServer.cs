using System.Text.Json.Nodes;
using IdentityProviders.Sdk.Http;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Keycard.Sdk.Tests.TestSupport;

/// <summary>A WireMock server on loopback plus helpers to build a <see cref="KeycardClient"/> against it and read what it received.</summary>
public sealed class KeycardMockServer : IDisposable
{
    public const string Token = "kc_test_static_token_9f8e7d";
    public const string Zone = "zone_1";

    public WireMockServer Server { get; } = WireMockServer.Start();

    public string Url => Server.Url!;

    /// <summary>Fast retries so retry tests take milliseconds.</summary>
    public static RetryOptions FastRetry { get; } = new() { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };

    /// <summary>Requests received, in arrival order.</summary>
    public IReadOnlyList<IRequestMessage> Requests =>
        [.. Server.LogEntries.Select(e => e.RequestMessage).OrderBy(r => r.DateTime)];

    /// <summary>Requests received whose path starts with <paramref name="pathPrefix"/>.</summary>
    public IReadOnlyList<IRequestMessage> RequestsTo(string pathPrefix) =>
        [.. Requests.Where(r => r.AbsolutePath.StartsWith(pathPrefix, StringComparison.Ordinal))];

    public KeycardClientOptions Options(string? basePath = null) => new()
    {
        BaseAddress = new Uri(Url + (basePath ?? string.Empty)),
        Token = Token,
        ZoneId = Zone,
        Retry = FastRetry,
    };

    public KeycardClient CreateClient(Action<KeycardClientOptions>? configure = null, string? basePath = null)
    {
        var options = Options(basePath);
        configure?.Invoke(options);
        return new KeycardClient(options);
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
