using System.Text.Json.Nodes;
using IdentityProviders.Sdk.Http;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Zitadel.Sdk.Tests.TestSupport;

/// <summary>A WireMock server playing Zitadel, with helpers to script answers and inspect requests.</summary>
public sealed class ZitadelMockServer : IDisposable
{
    public const string Token = "zitadel_test_pat_5c2e9a";
    public const string OrgId = "111111111111111111";

    public WireMockServer Server { get; } = WireMockServer.Start();

    public string Url => Server.Url!;

    /// <summary>Fast retries so retry tests take milliseconds.</summary>
    public static RetryOptions FastRetry { get; } = new() { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };

    public IReadOnlyList<IRequestMessage> Requests =>
        [.. Server.LogEntries.Select(e => e.RequestMessage).OrderBy(r => r.DateTime)];

    public ZitadelClientOptions Options() => new()
    {
        BaseAddress = new Uri(Url),
        Token = Token,
        OrganizationId = OrgId,
        Retry = FastRetry,
    };

    public ZitadelClient CreateClient(Action<ZitadelClientOptions>? configure = null)
    {
        var options = Options();
        configure?.Invoke(options);
        return new ZitadelClient(options);
    }

    /// <summary>Answers <paramref name="method"/> on <paramref name="path"/> with a JSON body.</summary>
    public void Json(string method, string path, string body, int status = 200, int priority = 10)
    {
        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).AtPriority(priority)
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
    }

    /// <summary>Answers any request with a JSON body (lowest priority).</summary>
    public void Any(string body, int status = 200) =>
        Server.Given(Request.Create().UsingAnyMethod()).AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    public void Dispose() => Server.Stop();

    public static string? Header(IRequestMessage request, string name)
    {
        var match = request.Headers!.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return match.Count == 0 ? null : string.Join(",", match[0].Value);
    }

    /// <summary>Asserts that <paramref name="actualJson"/> is the same JSON as <paramref name="expectedJson"/> (parsed, property order ignored).</summary>
    public static void ShouldBeJson(string? actualJson, string expectedJson)
    {
        actualJson.Should().NotBeNull();
        var actual = JsonNode.Parse(actualJson!);
        var expected = JsonNode.Parse(expectedJson);
        JsonNode.DeepEquals(actual, expected).Should().BeTrue($"the body should be {expected?.ToJsonString()} but was {actual?.ToJsonString()}");
    }

    /// <summary>A templates list page of providers with the given ids (generic OIDC config), and an optional total.</summary>
    public static string Page(IEnumerable<string> ids, long? total, bool totalAsNumber = false)
    {
        var result = new JsonArray();
        foreach (var id in ids)
        {
            result.Add((JsonNode)ProviderJson(id));
        }

        var details = new JsonObject { ["processedSequence"] = "42", ["viewTimestamp"] = "2024-05-01T10:00:00.123456789Z" };
        if (total is { } t)
        {
            details["totalResult"] = totalAsNumber ? JsonValue.Create(t) : JsonValue.Create(t.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new JsonObject { ["details"] = details, ["result"] = result }.ToJsonString();
    }

    public static JsonObject ProviderJson(string id) => new()
    {
        ["id"] = id,
        ["details"] = new JsonObject { ["sequence"] = "7", ["creationDate"] = "2024-01-02T03:04:05Z", ["changeDate"] = "2024-01-03T03:04:05.5Z", ["resourceOwner"] = OrgId },
        ["state"] = "IDP_STATE_ACTIVE",
        ["name"] = "idp " + id,
        ["owner"] = "IDP_OWNER_TYPE_ORG",
        ["type"] = "PROVIDER_TYPE_OIDC",
        ["config"] = new JsonObject
        {
            ["options"] = new JsonObject { ["isLinkingAllowed"] = true },
            ["oidc"] = new JsonObject { ["issuer"] = "https://issuer.example.com", ["clientId"] = "client-" + id, ["scopes"] = new JsonArray("openid") },
        },
    };

    public static IEnumerable<string> Ids(int from, int count) => Enumerable.Range(from, count).Select(i => (900_000_000_000_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
