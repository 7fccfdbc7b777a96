using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Http;
using Waldur.Sdk;
using WireMock;
using WireMock.RequestBuilders;
using WaldurModels = Waldur.Sdk.Models;

namespace IdentityProviders.Reliability.Tests.Harness;

/// <summary>
/// Waldur (Django REST framework): <c>page</c>/<c>page_size</c>, a bare JSON array, the total in
/// <c>x-result-count</c> and a <c>Link</c> header (<c>rel="next"</c>/<c>"prev"</c>); a page past the end is a 404
/// "Invalid page.". GET returns <c>client_secret</c>. Request id: <c>x-request-id</c>.
/// </summary>
public sealed class WaldurHarness : VendorHarness
{
    private const string ListPath = "/api/identity-providers/";

    public override string Vendor => IdentityProviderVendor.Waldur;

    public override string ListOperation => "identity_providers.list";

    public override string GetOperation => "identity_providers.retrieve";

    public override string CreateOperation => "identity_providers.create";

    public override string RequestIdHeader => "x-request-id";

    public override int PageSize => 2;

    // ProviderKey("Reliability IdP")
    public override TestItem CreatedItem => new("reliability-idp", "Reliability IdP");

    // The name becomes the label; the path key ("provider") is derived from it.
    public override string CreateNameField => "label";

    public override TestItem Item(int index) =>
        new(string.Create(CultureInfo.InvariantCulture, $"idp-{index:D4}"), string.Create(CultureInfo.InvariantCulture, $"Waldur IdP {index}"));

    public override JsonObject ItemJson(TestItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new JsonObject
        {
            ["provider"] = item.Id,
            ["is_active"] = true,
            ["client_id"] = "client-" + item.Id,
            ["client_secret"] = Secrets.ResponseSecret,
            ["verify_ssl"] = true,
            ["enable_pkce"] = false,
            ["discovery_url"] = "https://" + item.Id + ".idp.example/.well-known/openid-configuration",
            ["label"] = item.Name,
            ["extra_scope"] = "email",
            ["user_field"] = "username",
            ["user_claim"] = "sub",
            ["attribute_mapping"] = new JsonObject { ["email"] = "email" },
        };
    }

    public override IRequestBuilder ListPageRequest(int pageIndex) =>
        Request.Create().UsingGet().WithPath(ListPath).WithParam("page", (pageIndex + 1).ToString(CultureInfo.InvariantCulture));

    public override bool IsListPage(IRequestMessage request, int pageIndex)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Method == "GET" && request.Path == ListPath
            && request.Query is { } q && q.TryGetValue("page", out var page) && page.FirstOrDefault() == (pageIndex + 1).ToString(CultureInfo.InvariantCulture);
    }

    protected override WireResponse RenderListPage(Uri serverUrl, IReadOnlyList<JsonObject> items, int pageIndex, int lastIndex, long total, PageSignals signals)
    {
        ArgumentNullException.ThrowIfNull(serverUrl);
        var origin = signals.LinkOrigin ?? serverUrl;
        var links = new List<string>();
        if (pageIndex < lastIndex || signals.ClaimMoreAfterLast || signals.NextPointsTo is not null)
        {
            links.Add($"<{PageUrl(origin, signals.NextPointsTo ?? pageIndex + 1)}>; rel=\"next\"");
        }

        if (pageIndex > 0)
        {
            links.Add($"<{PageUrl(origin, pageIndex - 1)}>; rel=\"prev\"");
        }

        var headers = new List<KeyValuePair<string, string>> { HeaderPair("x-result-count", (signals.ClaimedTotal ?? total).ToString(CultureInfo.InvariantCulture)) };
        if (links.Count > 0)
        {
            headers.Add(HeaderPair("Link", string.Join(", ", links)));
        }

        return new WireResponse(200, Array(items).ToJsonString(), headers);
    }

    public override WireResponse PastTheEnd(Uri serverUrl, int pageIndex, long claimedTotal) =>
        WireResponse.Json("""{"detail":"Invalid page."}""", 404);

    public override string ItemPath(string escapedId) => ListPath + escapedId + "/";

    public override string GetBody(JsonNode? item) => item?.ToJsonString() ?? "null";

    public override string CreatePath => ListPath;

    public override WireResponse CreatedResponse(TestItem item) => WireResponse.Json(ItemJson(item).ToJsonString(), 201);

    public override string ErrorBody(int status, string message) => new JsonObject { ["detail"] = message }.ToJsonString();

    protected override ClientHandle CreateClientCore(Uri baseAddress, Action<IdentityProviderClientOptions> configure)
    {
        var options = new WaldurClientOptions { BaseAddress = baseAddress, Token = Secrets.ApiToken };
        configure(options);
        var client = new WaldurClient(options);
        return new ClientHandle(client.AsIdentityProviderClient(), client, options);
    }

    public override string GetBodyMissingRequiredField(TestItem item)
    {
        var json = ItemJson(item);
        json.Remove("provider");
        json.Remove("discovery_url");
        return json.ToJsonString();
    }

    public override void PutNumberWhereStringExpected(JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item["label"] = 12345;
    }

    public override void PutStringWhereNumberExpected(JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item["is_active"] = "yes";
    }

    // Waldur has no enum or union on the wire; its open-ended part is attribute_mapping, whose shape may change.
    public override void MakeUnknownVariant(JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item["attribute_mapping"] = new JsonObject
        {
            ["email"] = new JsonObject { ["claim"] = "mail", ["transform"] = "lower" },
            ["token"] = new JsonObject { ["client_secret"] = Secrets.ResponseSecret },
        };
    }

    public override void AssertUnknownVariantPreserved(IdentityProviderInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var provider = info.VendorModel.Should().BeOfType<WaldurModels.IdentityProvider>().Subject;
        provider.AttributeMapping!.Raw.GetProperty("email").GetProperty("transform").GetString().Should().Be("lower");
    }

    public override IReadOnlyDictionary<string, JsonElement> AdditionalProperties(object vendorModel) => ((WaldurModels.IdentityProvider)vendorModel).AdditionalProperties;

    private static string PageUrl(Uri origin, int pageIndex) =>
        new Uri(origin, ListPath + "?page=" + (pageIndex + 1).ToString(CultureInfo.InvariantCulture) + "&page_size=" + IdentityProvidersClient.DefaultPageSize.ToString(CultureInfo.InvariantCulture)).ToString();
}
