using System.Text.Json;
using System.Text.Json.Nodes;
using IdentityProviders.Sdk;
using Keycard.Sdk.Json;
using Keycard.Sdk.Models;
using Keycard.Sdk.Tests.TestSupport;

namespace Keycard.Sdk.Tests.Models;

/// <summary>How a provider and a list page on the wire map to the models, end to end over HTTP.</summary>
public sealed class ProviderTests : IDisposable
{
    private readonly KeycardMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    private async Task<Provider> RetrieveAsync(string json)
    {
        _mock.Json("GET", "/zones/zone_1/providers/prv_x", json);
        using var client = _mock.CreateClient();
        return await client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_x");
    }

    [Fact]
    public async Task Every_documented_field_maps_to_its_property()
    {
        var p = await RetrieveAsync(KeycardJson.FullProvider);

        p.Id.Should().Be("prv_full_1");
        p.CreatedAt.Should().Be(new DateTimeOffset(2024, 3, 1, 10, 20, 30, 123, TimeSpan.Zero));
        p.CreatedAt.Offset.Should().Be(TimeSpan.Zero);
        p.Identifier.Should().Be("https://acme.okta.com");
        p.Name.Should().Be("Acme Okta");
        p.OrganizationId.Should().Be("org_42");
        p.OwnerType.Should().Be(KeycardOwnerType.Customer);
        p.OwnerType!.Value.IsKnown.Should().BeTrue();
        p.Slug.Should().Be("acme-okta");
        p.UpdatedAt.Should().Be(new DateTimeOffset(2024, 3, 2, 11, 21, 31, 456, TimeSpan.Zero));
        p.ZoneId.Should().Be("zone_1");
        p.ClientId.Should().Be("okta-client-id");
        p.ClientSecretSet.Should().BeTrue();
        p.Description.Should().Be("Okta for Acme");
        p.Metadata.Should().NotBeNull();
        JsonNode.DeepEquals(JsonNode.Parse(p.Metadata!.Value.GetRawText()), JsonNode.Parse("""{ "env": "prod", "tier": 3, "tags": ["a", "b"] }""")).Should().BeTrue();
        p.Type.Should().Be(KeycardProviderType.External);
        p.Type!.Value.IsKnown.Should().BeTrue();
        p.AdditionalProperties.Should().BeEmpty();

        var oauth2 = p.Protocols!.OAuth2!;
        oauth2.Issuer.Should().Be("https://acme.okta.com");
        oauth2.AuthorizationEndpoint.Should().Be("https://acme.okta.com/oauth2/v1/authorize");
        oauth2.AuthorizationParameters.Should().BeEquivalentTo(new Dictionary<string, string> { ["prompt"] = "consent", ["access_type"] = "offline" });
        oauth2.AuthorizationParameters.Should().HaveCount(2);
        oauth2.AuthorizationResourceEnabled.Should().BeTrue();
        oauth2.AuthorizationResourceParameter.Should().Be("audience");
        oauth2.CodeChallengeMethodsSupported.Should().Equal("S256", "plain");
        oauth2.JwksUri.Should().Be("https://acme.okta.com/oauth2/v1/keys");
        oauth2.RegistrationEndpoint.Should().Be("https://acme.okta.com/oauth2/v1/clients");
        oauth2.ScopeParameter.Should().Be("user_scope");
        oauth2.ScopeSeparator.Should().Be(",");
        oauth2.ScopesSupported.Should().Equal("openid", "email", "profile");
        oauth2.TokenEndpoint.Should().Be("https://acme.okta.com/oauth2/v1/token");
        oauth2.TokenResponseAccessTokenPointer.Should().Be("authed_user.access_token");

        var openId = p.Protocols.OpenId!;
        openId.UserinfoEndpoint.Should().Be("https://acme.okta.com/oauth2/v1/userinfo");
        openId.Scopes.Should().Equal("openid", "groups");
        openId.UserIdentifierClaim.Should().Be("email");
    }

    [Fact]
    public async Task Serializing_a_provider_gives_back_the_wire_json()
    {
        var p = await RetrieveAsync(KeycardJson.FullProvider);

        var json = JsonSerializer.SerializeToNode(p, KeycardJsonContext.Default.Provider)!.AsObject();

        // Timestamps are written in the round-trip format with an explicit offset; compare them as instants.
        DateTimeOffset.Parse(json["created_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).Should().Be(p.CreatedAt);
        DateTimeOffset.Parse(json["updated_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).Should().Be(p.UpdatedAt);
        var expected = JsonNode.Parse(KeycardJson.FullProvider)!.AsObject();
        foreach (var timestamp in new[] { "created_at", "updated_at" })
        {
            json.Remove(timestamp);
            expected.Remove(timestamp);
        }

        JsonNode.DeepEquals(json, expected).Should().BeTrue(json.ToJsonString());
    }

    [Fact]
    public async Task Unknown_fields_are_kept_in_AdditionalProperties_and_serialized_again()
    {
        var wire = JsonNode.Parse(KeycardJson.Provider("prv_x"))!.AsObject();
        wire["future_field"] = new JsonObject { ["nested"] = new JsonArray(1, 2) };
        wire["rollout"] = "beta";

        var p = await RetrieveAsync(wire.ToJsonString());

        p.AdditionalProperties.Keys.Should().BeEquivalentTo("future_field", "rollout");
        p.AdditionalProperties["future_field"].GetRawText().Should().Be("""{"nested":[1,2]}""");
        p.AdditionalProperties["rollout"].GetString().Should().Be("beta");
        var again = JsonSerializer.SerializeToNode(p, KeycardJsonContext.Default.Provider)!;
        JsonNode.DeepEquals(again["future_field"], wire["future_field"]).Should().BeTrue();
        again["rollout"]!.GetValue<string>().Should().Be("beta");
    }

    [Fact]
    public async Task Unknown_type_and_owner_type_values_are_preserved_and_round_trip()
    {
        var wire = JsonNode.Parse(KeycardJson.Provider("prv_x"))!.AsObject();
        wire["type"] = "keycard-future";
        wire["owner_type"] = "partner";

        var p = await RetrieveAsync(wire.ToJsonString());

        p.Type!.Value.Value.Should().Be("keycard-future");
        p.Type.Value.IsKnown.Should().BeFalse();
        p.Type.Value.Should().NotBe(KeycardProviderType.External);
        p.OwnerType!.Value.Value.Should().Be("partner");
        p.OwnerType.Value.IsKnown.Should().BeFalse();
        var again = JsonSerializer.SerializeToNode(p, KeycardJsonContext.Default.Provider)!;
        again["type"]!.GetValue<string>().Should().Be("keycard-future");
        again["owner_type"]!.GetValue<string>().Should().Be("partner");
        var reread = JsonSerializer.Deserialize(again.ToJsonString(), KeycardJsonContext.Default.Provider)!;
        reread.Type.Should().Be(new KeycardProviderType("keycard-future"));
        reread.OwnerType.Should().Be(new KeycardOwnerType("partner"));
    }

    [Fact]
    public async Task The_cross_vendor_view_keeps_an_unknown_type_string()
    {
        var wire = JsonNode.Parse(KeycardJson.Provider("prv_x"))!.AsObject();
        wire["type"] = "keycard-future";
        _mock.Json("GET", "/zones/zone_1/providers/prv_x", wire.ToJsonString());
        using var client = _mock.CreateClient();

        var info = await client.AsIdentityProviderClient().GetAsync("prv_x");

        info.Type.Should().Be("keycard-future");
        info.Protocol.Should().Be(ProtocolFamily.Other);
    }

    [Fact]
    public async Task The_old_spec_shape_without_owner_type_metadata_issuer_or_pagination_deserializes()
    {
        const string OldProvider = """
            {
              "id": "prv_old", "organization_id": "org_1", "zone_id": "zone_1", "slug": "old", "name": "Old",
              "description": null, "identifier": "old-idp", "type": "keycard-sts", "client_id": null, "client_secret_set": false,
              "protocols": {
                "oauth2": { "authorization_endpoint": null, "token_endpoint": "https://old.example.com/token", "registration_endpoint": null,
                            "jwks_uri": null, "code_challenge_methods_supported": null, "scopes_supported": ["a"] },
                "openid": null
              },
              "created_at": "2023-05-06T07:08:09Z", "updated_at": "2023-05-06T07:08:09+02:00"
            }
            """;
        _mock.Json("GET", "/zones/zone_1/providers", $$$"""{"items":[{{{OldProvider}}}],"page_info":{"has_next_page":false,"has_previous_page":false}}""");
        using var client = _mock.CreateClient();

        var page = await client.Zones.Providers.ListPageAsync(KeycardMockServer.Zone);

        page.Pagination.Should().BeNull();
        page.PageInfo.Should().Be(new PageInfo { HasNextPage = false, HasPreviousPage = false, StartCursor = null, EndCursor = null });
        var p = page.Items.Should().ContainSingle().Subject;
        p.Id.Should().Be("prv_old");
        p.OwnerType.Should().BeNull();
        p.Metadata.Should().BeNull();
        p.Description.Should().BeNull();
        p.ClientId.Should().BeNull();
        p.ClientSecretSet.Should().BeFalse();
        p.Type.Should().Be(KeycardProviderType.KeycardSts);
        p.Protocols!.OpenId.Should().BeNull();
        p.Protocols.OAuth2!.Issuer.Should().BeNull();
        p.Protocols.OAuth2.AuthorizationEndpoint.Should().BeNull();
        p.Protocols.OAuth2.CodeChallengeMethodsSupported.Should().BeNull();
        p.Protocols.OAuth2.TokenEndpoint.Should().Be("https://old.example.com/token");
        p.Protocols.OAuth2.ScopesSupported.Should().Equal("a");
        p.CreatedAt.Should().Be(new DateTimeOffset(2023, 5, 6, 7, 8, 9, TimeSpan.Zero));
        p.UpdatedAt.Should().Be(new DateTimeOffset(2023, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)));
        p.AdditionalProperties.Should().BeEmpty();
    }

    [Fact]
    public async Task A_provider_with_only_required_fields_has_null_optionals()
    {
        const string Minimal = """
            {"id":"prv_min","organization_id":"o","zone_id":"z","slug":"s","name":"n","identifier":"i",
             "created_at":"2024-01-01T00:00:00Z","updated_at":"2024-01-01T00:00:00Z"}
            """;

        var p = await RetrieveAsync(Minimal);

        p.Type.Should().BeNull();
        p.OwnerType.Should().BeNull();
        p.Protocols.Should().BeNull();
        p.ClientSecretSet.Should().BeNull();
        p.Metadata.Should().BeNull();
        p.Description.Should().BeNull();
    }

    [Fact]
    public async Task A_list_page_maps_items_page_info_and_pagination()
    {
        var body = $$"""
            {
              "items": [{{KeycardJson.FullProvider}}, {{KeycardJson.Provider("prv_2")}}],
              "page_info": { "has_next_page": true, "has_previous_page": true, "end_cursor": "end_c", "start_cursor": "start_c" },
              "pagination": { "after_cursor": "after_c", "before_cursor": "before_c", "total_count": 12345678901 }
            }
            """;
        _mock.Json("GET", "/zones/zone_1/providers", body);
        using var client = _mock.CreateClient();

        var page = await client.Zones.Providers.ListPageAsync(KeycardMockServer.Zone, new ProviderListOptions { Expand = [ProviderListExpand.TotalCount] });

        page.Items.Select(p => p.Id).Should().Equal("prv_full_1", "prv_2");
        page.Items[0].Protocols!.OpenId!.UserIdentifierClaim.Should().Be("email");
        page.Items[1].Name.Should().Be("Provider prv_2");
        page.PageInfo.Should().Be(new PageInfo { HasNextPage = true, HasPreviousPage = true, StartCursor = "start_c", EndCursor = "end_c" });
        page.Pagination.Should().Be(new PaginationInfo { AfterCursor = "after_c", BeforeCursor = "before_c", TotalCount = 12345678901 });
    }
}
