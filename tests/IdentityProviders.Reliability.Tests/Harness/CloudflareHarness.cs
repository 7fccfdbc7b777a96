using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cloudflare.Access.Sdk;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Http;
using WireMock;
using WireMock.RequestBuilders;
using CloudflareModels = Cloudflare.Access.Sdk.Models;

namespace IdentityProviders.Reliability.Tests.Harness;

/// <summary>
/// Cloudflare: page-number pagination in the V4 envelope (<c>result_info.page</c>/<c>per_page</c>/<c>total_count</c>),
/// under the real base path <c>/client/v4</c>. Request id: <c>cf-ray</c>.
/// </summary>
public sealed class CloudflareHarness : VendorHarness
{
    public const string Account = "acct-1";
    private const string ListPath = "/client/v4/accounts/" + Account + "/access/identity_providers";

    public override string Vendor => IdentityProviderVendor.Cloudflare;

    public override string ListOperation => "identity_providers.list";

    public override string GetOperation => "identity_providers.get";

    public override string CreateOperation => "identity_providers.create";

    public override string RequestIdHeader => "cf-ray";

    public override int PageSize => 2;

    public override string BasePath => "client/v4";

    public override TestItem CreatedItem => new("00000000-0000-4000-8000-00000000c0de", "Reliability IdP");

    public override TestItem Item(int index) =>
        new(string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{index:D12}"), string.Create(CultureInfo.InvariantCulture, $"Cloudflare IdP {index}"));

    public override JsonObject ItemJson(TestItem item) => new()
    {
        ["id"] = item.Id,
        ["name"] = item.Name,
        ["type"] = "oidc",
        ["config"] = new JsonObject
        {
            ["client_id"] = "client-" + item.Id,
            ["client_secret"] = Secrets.ResponseSecret,
            ["auth_url"] = "https://idp.example/authorize",
            ["token_url"] = "https://idp.example/token",
            ["certs_url"] = "https://idp.example/jwks",
            ["scopes"] = new JsonArray("openid", "email"),
            ["pkce_enabled"] = true,
        },
        ["scim_config"] = new JsonObject
        {
            ["enabled"] = true,
            ["secret"] = Secrets.ResponseSecret,
            ["user_deprovision"] = true,
            ["scim_base_url"] = "https://scim.example/" + item.Id,
        },
    };

    public override IRequestBuilder ListPageRequest(int pageIndex) =>
        Request.Create().UsingGet().WithPath(ListPath).WithParam("page", (pageIndex + 1).ToString(CultureInfo.InvariantCulture));

    public override bool IsListPage(IRequestMessage request, int pageIndex)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Method == "GET" && request.Path == ListPath
            && request.Query is { } q && q.TryGetValue("page", out var page) && page.FirstOrDefault() == (pageIndex + 1).ToString(CultureInfo.InvariantCulture);
    }

    protected override WireResponse RenderListPage(Uri serverUrl, IReadOnlyList<JsonObject> items, int pageIndex, int lastIndex, long total, PageSignals signals) =>
        WireResponse.Json(Envelope(Array(items), new JsonObject
        {
            ["page"] = pageIndex + 1,
            ["per_page"] = PageSize,
            ["count"] = items.Count,
            ["total_count"] = signals.ClaimedTotal ?? total,
        }));

    public override string ItemPath(string escapedId) => ListPath + "/" + escapedId;

    public override string GetBody(JsonNode? item) => Envelope(item, null);

    public override string CreatePath => ListPath;

    public override WireResponse CreatedResponse(TestItem item) => WireResponse.Json(Envelope(ItemJson(item), null), 201);

    public override string ErrorBody(int status, string message) => new JsonObject
    {
        ["success"] = false,
        ["errors"] = new JsonArray(new JsonObject { ["code"] = ErrorCode(status), ["message"] = message }),
        ["messages"] = new JsonArray(),
        ["result"] = null,
    }.ToJsonString();

    // Codes Cloudflare uses for these classes (the SDK classifies an error envelope in a 2xx response by them).
    private static int ErrorCode(int status) => status switch
    {
        401 => 10001,
        403 => 10000,
        404 => 7003,
        429 => 10429,
        _ => 10000 + status,
    };

    protected override ClientHandle CreateClientCore(Uri baseAddress, Action<IdentityProviderClientOptions> configure)
    {
        var options = new CloudflareAccessClientOptions { BaseAddress = baseAddress, ApiToken = Secrets.ApiToken, AccountId = Account };
        configure(options);
        var client = new CloudflareAccessClient(options);
        return new ClientHandle(client.AsIdentityProviderClient(), client, options);
    }

    public override string GetBodyMissingRequiredField(TestItem item)
    {
        var json = ItemJson(item);
        json.Remove("name");
        return GetBody(json);
    }

    public override void PutStringWhereNumberExpected(JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item["config"]!["pkce_enabled"] = "yes";
    }

    public override void MakeUnknownVariant(JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item["type"] = "quantum-sso";
        item["config"] = new JsonObject { ["tenant"] = "q1", ["signing_secret"] = Secrets.ResponseSecret };
    }

    public override void AssertUnknownVariantPreserved(IdentityProviderInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.Type.Should().Be("quantum-sso");
        var unknown = info.VendorModel.Should().BeOfType<CloudflareModels.UnknownIdentityProvider>().Subject;
        unknown.Discriminator.Should().Be("quantum-sso");
        unknown.Type.IsKnown.Should().BeFalse();
        unknown.RawJson.GetProperty("config").GetProperty("tenant").GetString().Should().Be("q1");
    }

    public override JsonObject DeepNestingHost(JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (JsonObject)item["config"]!;
    }

    public override IReadOnlyDictionary<string, JsonElement> AdditionalProperties(object vendorModel) => ((CloudflareModels.IdentityProvider)vendorModel).AdditionalProperties;

    private static string Envelope(JsonNode? result, JsonObject? resultInfo)
    {
        var envelope = new JsonObject
        {
            ["success"] = true,
            ["errors"] = new JsonArray(),
            ["messages"] = new JsonArray(),
            ["result"] = result?.DeepClone(),
        };
        if (resultInfo is not null)
        {
            envelope["result_info"] = resultInfo;
        }

        return envelope.ToJsonString();
    }
}
