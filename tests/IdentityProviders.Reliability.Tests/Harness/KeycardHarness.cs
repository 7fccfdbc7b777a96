using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Http;
using Keycard.Sdk;
using Keycard.Sdk.Models;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;

namespace IdentityProviders.Reliability.Tests.Harness;

/// <summary>
/// Keycard: cursor pagination (<c>after</c> = the previous page's <c>page_info.end_cursor</c>, <c>has_next_page</c>;
/// newer servers also send <c>pagination.after_cursor</c>). Request id: <c>x-request-id</c>.
/// </summary>
public sealed class KeycardHarness : VendorHarness
{
    public const string Zone = "zone-1";
    private const string ListPath = "/zones/" + Zone + "/providers";

    public override string Vendor => IdentityProviderVendor.Keycard;

    public override string ListOperation => "providers.list";

    public override string GetOperation => "providers.retrieve";

    public override string CreateOperation => "providers.create";

    public override string RequestIdHeader => "x-request-id";

    public override int PageSize => 2;

    public override TestItem CreatedItem => new("prv_created", "Reliability IdP");

    public static string Cursor(int pageIndex) => "cur-" + pageIndex.ToString(CultureInfo.InvariantCulture);

    public override TestItem Item(int index) =>
        new(string.Create(CultureInfo.InvariantCulture, $"prv_{index:D4}"), string.Create(CultureInfo.InvariantCulture, $"Keycard IdP {index}"));

    public override JsonObject ItemJson(TestItem item) => new()
    {
        ["id"] = item.Id,
        ["organization_id"] = "org_1",
        ["zone_id"] = Zone,
        ["owner_type"] = "customer",
        ["slug"] = item.Id.Replace('_', '-'),
        ["name"] = item.Name,
        ["identifier"] = "https://" + item.Id + ".idp.example",
        ["type"] = "external",
        ["client_id"] = "client-" + item.Id,
        ["client_secret_set"] = true,
        // client_secret is write-only; a server that echoes it anyway must not make the SDK print it.
        ["client_secret"] = Secrets.ResponseSecret,
        ["protocols"] = new JsonObject
        {
            ["oauth2"] = new JsonObject
            {
                ["issuer"] = "https://" + item.Id + ".idp.example",
                ["authorization_endpoint"] = "https://" + item.Id + ".idp.example/authorize",
                ["token_endpoint"] = "https://" + item.Id + ".idp.example/token",
            },
            ["openid"] = new JsonObject { ["scopes"] = new JsonArray("openid", "email") },
        },
        ["created_at"] = "2024-03-01T10:20:30Z",
        ["updated_at"] = "2024-03-02T10:20:30Z",
    };

    public override IRequestBuilder ListPageRequest(int pageIndex) =>
        pageIndex == 0
            ? Request.Create().UsingGet().WithPath(ListPath).WithParam("after", MatchBehaviour.RejectOnMatch)
            : Request.Create().UsingGet().WithPath(ListPath).WithParam("after", Cursor(pageIndex));

    public override bool IsListPage(IRequestMessage request, int pageIndex)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Method != "GET" || request.Path != ListPath)
        {
            return false;
        }

        var after = request.Query is { } q && q.TryGetValue("after", out var values) ? values.FirstOrDefault() : null;
        return pageIndex == 0 ? after is null : after == Cursor(pageIndex);
    }

    protected override WireResponse RenderListPage(Uri serverUrl, IReadOnlyList<JsonObject> items, int pageIndex, int lastIndex, long total, PageSignals signals)
    {
        var hasNext = pageIndex < lastIndex || signals.ClaimMoreAfterLast;
        var nextIndex = signals.NextPointsTo ?? pageIndex + 1;
        var body = new JsonObject
        {
            ["items"] = Array(items),
            ["page_info"] = new JsonObject
            {
                ["has_next_page"] = hasNext,
                ["has_previous_page"] = pageIndex > 0,
                ["start_cursor"] = "start-" + pageIndex.ToString(CultureInfo.InvariantCulture),
                ["end_cursor"] = hasNext ? Cursor(nextIndex) : null,
            },
            ["pagination"] = new JsonObject
            {
                ["after_cursor"] = hasNext ? Cursor(nextIndex) : null,
                ["total_count"] = signals.ClaimedTotal ?? total,
            },
        };
        return WireResponse.Json(body.ToJsonString());
    }

    public override string ItemPath(string escapedId) => ListPath + "/" + escapedId;

    public override string GetBody(JsonNode? item) => item?.ToJsonString() ?? "null";

    public override string CreatePath => ListPath;

    public override WireResponse CreatedResponse(TestItem item) => WireResponse.Json(ItemJson(item).ToJsonString(), 201);

    public override string ErrorBody(int status, string message) =>
        new JsonObject { ["code"] = "error_" + status.ToString(CultureInfo.InvariantCulture), ["message"] = message, ["status"] = status }.ToJsonString();

    protected override ClientHandle CreateClientCore(Uri baseAddress, Action<IdentityProviderClientOptions> configure)
    {
        var options = new KeycardClientOptions { BaseAddress = baseAddress, Token = Secrets.ApiToken, ZoneId = Zone };
        configure(options);
        var client = new KeycardClient(options);
        return new ClientHandle(client.AsIdentityProviderClient(), client, options);
    }

    public override string GetBodyMissingRequiredField(TestItem item)
    {
        var json = ItemJson(item);
        json.Remove("id");
        json.Remove("created_at");
        return json.ToJsonString();
    }

    public override void PutStringWhereNumberExpected(JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item["client_secret_set"] = "yes";
    }

    public override void MakeUnknownVariant(JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item["type"] = "quantum-vault";
        item["owner_type"] = "galactic";
    }

    public override void AssertUnknownVariantPreserved(IdentityProviderInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.Type.Should().Be("quantum-vault");
        var provider = info.VendorModel.Should().BeOfType<Provider>().Subject;
        provider.Type!.Value.IsKnown.Should().BeFalse();
        provider.OwnerType!.Value.Value.Should().Be("galactic");
        provider.OwnerType!.Value.IsKnown.Should().BeFalse();
    }

    public override JsonObject DeepNestingHost(JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        // metadata is free-form JSON the model keeps as a JsonElement.
        var metadata = new JsonObject();
        item["metadata"] = metadata;
        return metadata;
    }

    public override IReadOnlyDictionary<string, JsonElement> AdditionalProperties(object vendorModel) => ((Provider)vendorModel).AdditionalProperties;
}
