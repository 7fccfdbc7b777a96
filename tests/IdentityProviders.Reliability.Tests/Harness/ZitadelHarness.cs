using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Http;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using Zitadel.Sdk;
using ZitadelModels = Zitadel.Sdk.Models;

namespace IdentityProviders.Reliability.Tests.Harness;

/// <summary>
/// Zitadel: offset pagination over <c>POST /management/v1/idps/templates/_search</c> (<c>query.offset</c> as a JSON
/// string, <c>query.limit</c>), <c>details.totalResult</c> as a string; a short page ends the listing, so a full page
/// holds the 100 items the client asks for. Request id: <c>x-request-id</c>.
/// </summary>
public sealed class ZitadelHarness : VendorHarness
{
    private const string SearchPath = "/management/v1/idps/templates/_search";
    private const string ItemPrefix = "/management/v1/idps/templates/";

    public override string Vendor => IdentityProviderVendor.Zitadel;

    public override string ListOperation => "management.ListProviders";

    public override string GetOperation => "management.GetProviderByID";

    public override string CreateOperation => "management.AddGenericOIDCProvider";

    public override string RequestIdHeader => "x-request-id";

    public override int PageSize => IdentityProvidersClient.DefaultPageSize;

    public override bool CreateReadsBack => true;

    public override TestItem CreatedItem => new("399999999999999999", "Reliability IdP");

    public override TestItem Item(int index) =>
        new(string.Create(CultureInfo.InvariantCulture, $"3{index:D17}"), string.Create(CultureInfo.InvariantCulture, $"Zitadel IdP {index}"));

    public override JsonObject ItemJson(TestItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        // Every other provider is LDAP, whose bind password a hostile server may return.
        var ldap = item.Id.EndsWith('0') || item.Id.EndsWith('2') || item.Id.EndsWith('4') || item.Id.EndsWith('6') || item.Id.EndsWith('8');
        return new JsonObject
        {
            ["id"] = item.Id,
            ["details"] = new JsonObject
            {
                ["sequence"] = "42",
                ["creationDate"] = "2024-03-01T10:20:30Z",
                ["changeDate"] = "2024-03-02T10:20:30Z",
                ["resourceOwner"] = "org-1",
            },
            ["state"] = "IDP_STATE_ACTIVE",
            ["name"] = item.Name,
            ["owner"] = "IDP_OWNER_TYPE_ORG",
            ["type"] = ldap ? "PROVIDER_TYPE_LDAP" : "PROVIDER_TYPE_OIDC",
            ["config"] = ldap
                ? new JsonObject
                {
                    ["options"] = new JsonObject { ["isLinkingAllowed"] = true },
                    ["ldap"] = new JsonObject
                    {
                        ["servers"] = new JsonArray("ldaps://ldap.example:636"),
                        ["baseDn"] = "dc=example,dc=com",
                        ["bindDn"] = "cn=admin,dc=example,dc=com",
                        ["bindPassword"] = Secrets.ResponseSecret,
                        ["userBase"] = "dn",
                        ["timeout"] = "10s",
                    },
                }
                : new JsonObject
                {
                    ["options"] = new JsonObject { ["isLinkingAllowed"] = true },
                    ["oidc"] = new JsonObject
                    {
                        ["issuer"] = "https://" + item.Id + ".idp.example",
                        ["clientId"] = "client-" + item.Id,
                        ["clientSecret"] = Secrets.ResponseSecret,
                        ["scopes"] = new JsonArray("openid"),
                        ["isIdTokenMapping"] = false,
                    },
                },
        };
    }

    public override IRequestBuilder ListPageRequest(int pageIndex) =>
        Request.Create().UsingPost().WithPath(SearchPath)
            .WithBody(new JsonPartialMatcher(new JsonObject { ["query"] = new JsonObject { ["offset"] = Offset(pageIndex) } }.ToJsonString()));

    public override bool IsListPage(IRequestMessage request, int pageIndex)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Method != "POST" || request.Path != SearchPath || string.IsNullOrEmpty(request.Body))
        {
            return false;
        }

        using var body = JsonDocument.Parse(request.Body);
        return body.RootElement.TryGetProperty("query", out var query) && query.TryGetProperty("offset", out var offset)
            && offset.ToString() == Offset(pageIndex);
    }

    protected override WireResponse RenderListPage(Uri serverUrl, IReadOnlyList<JsonObject> items, int pageIndex, int lastIndex, long total, PageSignals signals) =>
        WireResponse.Json(new JsonObject
        {
            ["details"] = new JsonObject
            {
                ["totalResult"] = (signals.ClaimedTotal ?? total).ToString(CultureInfo.InvariantCulture),
                ["processedSequence"] = "42",
                ["viewTimestamp"] = "2024-03-02T10:20:30Z",
            },
            ["result"] = Array(items),
        }.ToJsonString());

    public override string ItemPath(string escapedId) => ItemPrefix + escapedId;

    public override string GetBody(JsonNode? item) => new JsonObject { ["idp"] = item?.DeepClone() }.ToJsonString();

    public override string CreatePath => "/management/v1/idps/generic_oidc";

    public override WireResponse CreatedResponse(TestItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return WireResponse.Json(new JsonObject
        {
            ["id"] = item.Id,
            ["details"] = new JsonObject { ["sequence"] = "43", ["creationDate"] = "2024-03-03T10:20:30Z", ["resourceOwner"] = "org-1" },
        }.ToJsonString());
    }

    public override string ErrorBody(int status, string message) => new JsonObject
    {
        ["code"] = status >= 500 ? 14 : 9,
        ["message"] = message,
        ["details"] = new JsonArray(new JsonObject { ["@type"] = "type.googleapis.com/zitadel.v1.ErrorDetail", ["id"] = "SRV-" + status.ToString(CultureInfo.InvariantCulture), ["message"] = message }),
    }.ToJsonString();

    protected override ClientHandle CreateClientCore(Uri baseAddress, Action<IdentityProviderClientOptions> configure)
    {
        var options = new ZitadelClientOptions { BaseAddress = baseAddress, Token = Secrets.ApiToken };
        configure(options);
        var client = new ZitadelClient(options);
        return new ClientHandle(client.AsIdentityProviderClient(), client, options);
    }

    // Every field of a Zitadel provider is optional on the wire; the response's one required part is "idp".
    public override string GetBodyMissingRequiredField(TestItem item) => new JsonObject { ["details"] = new JsonObject { ["sequence"] = "1" } }.ToJsonString();

    public override void PutStringWhereNumberExpected(JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        // 64-bit numbers travel as strings, so a numeric string is fine; a non-numeric one is not.
        item["details"]!["sequence"] = "forty-two";
    }

    public override void MakeUnknownVariant(JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item["type"] = "PROVIDER_TYPE_QUANTUM";
        item["state"] = "IDP_STATE_SUPERPOSED";
        item["config"] = new JsonObject
        {
            ["options"] = new JsonObject { ["isLinkingAllowed"] = true },
            ["quantum"] = new JsonObject { ["tenant"] = "q1", ["clientSecret"] = Secrets.ResponseSecret },
        };
    }

    public override void AssertUnknownVariantPreserved(IdentityProviderInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.Type.Should().Be("PROVIDER_TYPE_QUANTUM");
        info.State.Should().Be("IDP_STATE_SUPERPOSED");
        var provider = info.VendorModel.Should().BeOfType<ZitadelModels.Provider>().Subject;
        var config = provider.Config.Should().BeOfType<ZitadelModels.UnknownProviderConfig>().Subject;
        config.RawJson.GetProperty("quantum").GetProperty("tenant").GetString().Should().Be("q1");
        config.Options!.IsLinkingAllowed.Should().BeTrue();
    }

    public override IReadOnlyDictionary<string, JsonElement> AdditionalProperties(object vendorModel) => ((ZitadelModels.Provider)vendorModel).AdditionalProperties;

    private static string Offset(int pageIndex) => (pageIndex * (long)IdentityProvidersClient.DefaultPageSize).ToString(CultureInfo.InvariantCulture);
}
