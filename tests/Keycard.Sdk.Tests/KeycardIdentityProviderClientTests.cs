using System.Text.Json.Nodes;
using IdentityProviders.Sdk;
using Keycard.Sdk.Models;
using Keycard.Sdk.Tests.TestSupport;

namespace Keycard.Sdk.Tests;

/// <summary>The cross-vendor <see cref="IIdentityProviderClient"/> view of a Keycard zone.</summary>
public sealed class KeycardIdentityProviderClientTests : IDisposable
{
    private readonly KeycardMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    private static string WithProtocols(string id, JsonNode? protocols)
    {
        var node = JsonNode.Parse(KeycardJson.Provider(id))!.AsObject();
        node["protocols"] = protocols;
        node["client_id"] = "client-" + id;
        return node.ToJsonString();
    }

    [Fact]
    public async Task GetAsync_maps_every_normalized_field_and_keeps_the_typed_model()
    {
        _mock.Json("GET", "/zones/zone_1/providers/prv_full_1", KeycardJson.FullProvider);
        using var client = _mock.CreateClient();

        var info = await client.AsIdentityProviderClient().GetAsync("prv_full_1");

        info.Vendor.Should().Be("keycard");
        info.Id.Should().Be("prv_full_1");
        info.Name.Should().Be("Acme Okta");
        info.Protocol.Should().Be(ProtocolFamily.Oidc);
        info.Type.Should().Be("external");
        info.Issuer.Should().Be("https://acme.okta.com");
        info.ClientId.Should().Be("okta-client-id");
        info.CreatedAt.Should().Be(new DateTimeOffset(2024, 3, 1, 10, 20, 30, 123, TimeSpan.Zero));
        info.UpdatedAt.Should().Be(new DateTimeOffset(2024, 3, 2, 11, 21, 31, 456, TimeSpan.Zero));
        info.Enabled.Should().BeNull();
        info.State.Should().BeNull();
        var model = info.VendorModel.Should().BeOfType<Provider>().Subject;
        model.Slug.Should().Be("acme-okta");
        var json = JsonNode.Parse(info.GetVendorJson().GetRawText())!;
        json["slug"]!.GetValue<string>().Should().Be("acme-okta");
        json["protocols"]!["openid"]!["user_identifier_claim"]!.GetValue<string>().Should().Be("email");
        _mock.Requests.Should().ContainSingle().Which.AbsolutePath.Should().Be("/zones/zone_1/providers/prv_full_1");
    }

    [Fact]
    public async Task The_protocol_family_follows_the_configured_protocols()
    {
        var page = new JsonObject
        {
            ["items"] = new JsonArray(
                JsonNode.Parse(WithProtocols("oidc", JsonNode.Parse("""{"oauth2":{"issuer":"https://i1"},"openid":{"userinfo_endpoint":"https://i1/u"}}"""))),
                JsonNode.Parse(WithProtocols("oauth", JsonNode.Parse("""{"oauth2":{"issuer":"https://i2","token_endpoint":"https://i2/t"}}"""))),
                JsonNode.Parse(WithProtocols("openid-only", JsonNode.Parse("""{"openid":{"userinfo_endpoint":"https://i3/u"}}"""))),
                JsonNode.Parse(WithProtocols("none", null)),
                JsonNode.Parse(WithProtocols("empty", new JsonObject()))),
            ["page_info"] = new JsonObject { ["has_next_page"] = false, ["has_previous_page"] = false },
        };
        _mock.Json("GET", "/zones/zone_9/providers", page.ToJsonString());
        using var client = _mock.CreateClient();

        var infos = new List<IdentityProviderInfo>();
        await foreach (var info in client.AsIdentityProviderClient("zone_9").ListAsync())
        {
            infos.Add(info);
        }

        infos.Select(i => (i.Id, i.Protocol, i.Issuer, i.ClientId)).Should().Equal(
            ("oidc", ProtocolFamily.Oidc, "https://i1", "client-oidc"),
            ("oauth", ProtocolFamily.OAuth2, "https://i2", "client-oauth"),
            ("openid-only", ProtocolFamily.Oidc, null, "client-openid-only"),
            ("none", ProtocolFamily.Other, null, "client-none"),
            ("empty", ProtocolFamily.Other, null, "client-empty"));
        infos.Should().OnlyContain(i => i.Vendor == "keycard" && i.Type == "external");
        _mock.Requests.Should().ContainSingle().Which.AbsolutePath.Should().Be("/zones/zone_9/providers");
    }

    [Fact]
    public async Task ListAsync_pages_keep_continuation_tokens_and_can_resume()
    {
        _mock.Json("GET", "/zones/zone_1/providers", KeycardJson.Page(["a", "b"], hasNext: true, endCursor: "c1"), priority: 50);
        _mock.Server
            .Given(WireMock.RequestBuilders.Request.Create().WithPath("/zones/zone_1/providers").WithParam("after", "c1").UsingGet()).AtPriority(1)
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(KeycardJson.Page(["c"], hasNext: false, endCursor: "c2")));
        using var client = _mock.CreateClient();
        var view = client.AsIdentityProviderClient();

        var pages = new List<Page<IdentityProviderInfo>>();
        await foreach (var page in view.ListAsync().AsPages())
        {
            pages.Add(page);
        }

        var resumed = new List<string>();
        await foreach (var page in view.ListAsync().AsPages("c1"))
        {
            resumed.AddRange(page.Values.Select(v => v.Id));
        }

        pages.Select(p => p.ContinuationToken).Should().Equal("c1", null);
        pages.SelectMany(p => p.Values).Select(v => v.Id).Should().Equal("a", "b", "c");
        resumed.Should().Equal("c");
    }
}
