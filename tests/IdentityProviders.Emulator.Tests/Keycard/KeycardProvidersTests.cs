using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Tests.Keycard;

public sealed class KeycardProvidersTests : EmulatorTestBase
{
    private const string FullCreate = """
        {
          "name": "Acme Okta",
          "identifier": "https://acme-test.okta.com",
          "slug": "acme-okta",
          "description": "Workforce sign-in",
          "client_id": "acme-client",
          "client_secret": "super-secret-value",
          "metadata": { "team": "identity", "tier": 1 },
          "type": "external",
          "protocols": {
            "oauth2": {
              "issuer": "https://acme-test.okta.com",
              "authorization_endpoint": "https://acme-test.okta.com/oauth2/v1/authorize",
              "token_endpoint": "https://acme-test.okta.com/oauth2/v1/token",
              "jwks_uri": "https://acme-test.okta.com/oauth2/v1/keys",
              "code_challenge_methods_supported": ["S256"],
              "scopes_supported": ["openid", "email"],
              "authorization_parameters": { "prompt": "consent" },
              "authorization_resource_enabled": true,
              "authorization_resource_parameter": "resource",
              "scope_parameter": "scope",
              "scope_separator": " ",
              "token_response_access_token_pointer": "access_token"
            },
            "openid": {
              "userinfo_endpoint": "https://acme-test.okta.com/oauth2/v1/userinfo",
              "scopes": ["openid"],
              "user_identifier_claim": "sub"
            }
          }
        }
        """;

    [Fact]
    public async Task Create_returns_200_with_the_provider()
    {
        var (response, body) = await CreateAsync(FullCreate);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body["id"]!.GetValue<string>().Should().MatchRegex("^prv_[a-z0-9]{20}$");
        body["organization_id"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        body["zone_id"]!.GetValue<string>().Should().Be(Zone);
        body["owner_type"]!.GetValue<string>().Should().Be("customer");
        body["slug"]!.GetValue<string>().Should().Be("acme-okta");
        body["name"]!.GetValue<string>().Should().Be("Acme Okta");
        body["description"]!.GetValue<string>().Should().Be("Workforce sign-in");
        body["identifier"]!.GetValue<string>().Should().Be("https://acme-test.okta.com");
        body["type"]!.GetValue<string>().Should().Be("external");
        body["client_id"]!.GetValue<string>().Should().Be("acme-client");
        body["client_secret_set"]!.GetValue<bool>().Should().BeTrue();
        body["metadata"]!["team"]!.GetValue<string>().Should().Be("identity");
        var oauth2 = body["protocols"]!["oauth2"]!;
        oauth2["issuer"]!.GetValue<string>().Should().Be("https://acme-test.okta.com");
        oauth2["authorization_parameters"]!["prompt"]!.GetValue<string>().Should().Be("consent");
        oauth2["authorization_resource_enabled"]!.GetValue<bool>().Should().BeTrue();
        oauth2["scopes_supported"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("openid", "email");
        body["protocols"]!["openid"]!["user_identifier_claim"]!.GetValue<string>().Should().Be("sub");
        body["created_at"]!.GetValue<string>().Should().Be("2026-01-02T03:04:05.123Z");
        body["updated_at"]!.GetValue<string>().Should().Be("2026-01-02T03:04:05.123Z");
    }

    [Fact]
    public async Task Client_secret_is_never_returned()
    {
        var (created, body) = await CreateAsync(FullCreate);
        var id = body["id"]!.GetValue<string>();

        using var get = await Keycard.GetAsync($"{Providers}/{id}");
        using var list = await Keycard.GetAsync($"{Providers}?identifier=https://acme-test.okta.com");
        using var patch = await Keycard.PatchAsync($"{Providers}/{id}", Json("""{"client_secret":"another-secret"}"""));

        foreach (var text in new[]
        {
            await created.Content.ReadAsStringAsync(),
            await get.Content.ReadAsStringAsync(),
            await list.Content.ReadAsStringAsync(),
            await patch.Content.ReadAsStringAsync(),
        })
        {
            text.Should().NotContain("super-secret-value").And.NotContain("another-secret").And.NotContain("\"client_secret\"");
            text.Should().Contain("\"client_secret_set\":true");
        }
    }

    [Fact]
    public async Task Get_returns_what_create_returned()
    {
        var (_, created) = await CreateAsync(FullCreate);

        var (response, fetched) = await GetAsync($"{Providers}/{created["id"]}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonNode.DeepEquals(created, fetched).Should().BeTrue();
    }

    [Fact]
    public async Task Create_with_only_the_required_fields_uses_defaults()
    {
        var (response, body) = await CreateAsync("""{"name":"Minimal IdP","identifier":"minimal"}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body["slug"]!.GetValue<string>().Should().Be("minimal-idp");
        body["type"]!.GetValue<string>().Should().Be("external");
        body["client_secret_set"]!.GetValue<bool>().Should().BeFalse();
        body.AsObject().Should().ContainKey("description").WhoseValue.Should().BeNull();
        body.AsObject().Should().ContainKey("client_id").WhoseValue.Should().BeNull();
        body.AsObject().Should().ContainKey("protocols").WhoseValue.Should().BeNull();
    }

    [Fact]
    public async Task A_derived_slug_is_made_unique()
    {
        // The seed already has "okta" and "okta-2".
        var (response, body) = await CreateAsync("""{"name":"Okta","identifier":"https://another.okta.com"}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body["slug"]!.GetValue<string>().Should().Be("okta-3");
    }

    [Fact]
    public async Task A_spec_shaped_oauth2_config_without_issuer_gets_one()
    {
        var (response, body) = await CreateAsync("""
            {"name":"Legacy","identifier":"legacy-idp",
             "protocols":{"oauth2":{"authorization_endpoint":"https://login.legacy.example/authorize","token_endpoint":"https://login.legacy.example/token"}}}
            """);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body["protocols"]!["oauth2"]!["issuer"]!.GetValue<string>().Should().Be("https://login.legacy.example");
    }

    [Fact]
    public async Task Patch_leaves_absent_fields_unchanged_and_clears_null_ones()
    {
        var (_, created) = await CreateAsync(FullCreate);
        var id = created["id"]!.GetValue<string>();
        Time.Advance(TimeSpan.FromMinutes(1));

        var (renamed, afterRename) = await PatchAsync(id, """{"name":"Renamed"}""");

        renamed.StatusCode.Should().Be(HttpStatusCode.OK);
        afterRename["name"]!.GetValue<string>().Should().Be("Renamed");
        afterRename["description"]!.GetValue<string>().Should().Be("Workforce sign-in");
        afterRename["client_id"]!.GetValue<string>().Should().Be("acme-client");
        afterRename["client_secret_set"]!.GetValue<bool>().Should().BeTrue();
        afterRename["slug"]!.GetValue<string>().Should().Be("acme-okta");
        JsonNode.DeepEquals(afterRename["protocols"], created["protocols"]).Should().BeTrue();
        afterRename["created_at"]!.GetValue<string>().Should().Be("2026-01-02T03:04:05.123Z");
        afterRename["updated_at"]!.GetValue<string>().Should().Be("2026-01-02T03:05:05.123Z");

        var (_, cleared) = await PatchAsync(id, """{"description":null,"client_secret":null,"protocols":{"openid":null,"oauth2":{"scopes_supported":null}}}""");

        cleared["description"].Should().BeNull();
        cleared["client_secret_set"]!.GetValue<bool>().Should().BeFalse();
        cleared["client_id"]!.GetValue<string>().Should().Be("acme-client");
        cleared["name"]!.GetValue<string>().Should().Be("Renamed");
        cleared["protocols"]!.AsObject().Should().NotContainKey("openid");
        var oauth2 = cleared["protocols"]!["oauth2"]!.AsObject();
        oauth2.Should().NotContainKey("scopes_supported");
        oauth2["token_endpoint"]!.GetValue<string>().Should().Be("https://acme-test.okta.com/oauth2/v1/token");

        var (_, noProtocols) = await PatchAsync(id, """{"protocols":null,"client_id":null,"metadata":null}""");

        noProtocols.AsObject().Should().ContainKey("protocols").WhoseValue.Should().BeNull();
        noProtocols["client_id"].Should().BeNull();
        noProtocols.AsObject().Should().NotContainKey("metadata");

        var (_, fetched) = await GetAsync($"{Providers}/{id}");
        JsonNode.DeepEquals(fetched, noProtocols).Should().BeTrue();
    }

    [Fact]
    public async Task Patch_with_an_empty_object_changes_nothing_but_updated_at()
    {
        var (_, created) = await CreateAsync(FullCreate);
        Time.Advance(TimeSpan.FromSeconds(30));

        var (response, patched) = await PatchAsync(created["id"]!.GetValue<string>(), "{}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        patched["updated_at"]!.GetValue<string>().Should().Be("2026-01-02T03:04:35.123Z");
        patched["updated_at"] = created["updated_at"]!.DeepClone();
        JsonNode.DeepEquals(patched, created).Should().BeTrue();
    }

    [Fact]
    public async Task Delete_is_204_then_the_provider_is_gone()
    {
        var (_, created) = await CreateAsync(FullCreate);
        var path = $"{Providers}/{created["id"]}";

        using var delete = await Keycard.DeleteAsync(path);
        var (get, body) = await GetAsync(path);
        using var again = await Keycard.DeleteAsync(path);

        delete.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await delete.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        get.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ShouldBeKeycardError(body, 404, "not_found");
        again.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_provider_is_404_for_get_patch_and_delete()
    {
        var (get, getBody) = await GetAsync($"{Providers}/prv_doesnotexist000000");
        var (patch, patchBody) = await PatchAsync("prv_doesnotexist000000", """{"name":"x"}""");
        using var delete = await Keycard.DeleteAsync($"{Providers}/prv_doesnotexist000000");

        get.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ShouldBeKeycardError(getBody, 404, "not_found");
        patch.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ShouldBeKeycardError(patchBody, 404, "not_found");
        delete.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_provider_lives_in_its_zone_only()
    {
        var (created, body) = await SendJsonAsync(HttpMethod.Post, "zones/zone_other/providers", """{"name":"Other","identifier":"other"}""");
        var id = body["id"]!.GetValue<string>();

        var (inOther, _) = await GetAsync($"zones/zone_other/providers/{id}");
        var (inDefault, _) = await GetAsync($"{Providers}/{id}");
        var (otherList, list) = await GetAsync("zones/zone_other/providers");

        created.StatusCode.Should().Be(HttpStatusCode.OK);
        body["zone_id"]!.GetValue<string>().Should().Be("zone_other");
        inOther.StatusCode.Should().Be(HttpStatusCode.OK);
        inDefault.StatusCode.Should().Be(HttpStatusCode.NotFound);
        otherList.StatusCode.Should().Be(HttpStatusCode.OK);
        list["items"]!.AsArray().Should().ContainSingle();
    }

    [Theory]
    [InlineData("""{"name":"Dup","identifier":"https://acme.okta.com"}""", "identifier")]
    [InlineData("""{"name":"Dup","identifier":"https://new.example.com","slug":"okta"}""", "slug")]
    public async Task Duplicate_identifier_or_slug_is_409(string json, string field)
    {
        var (response, body) = await CreateAsync(json);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        ShouldBeKeycardError(body, 409, "conflict").Should().Contain(field);
    }

    [Fact]
    public async Task Patching_to_another_providers_identifier_is_409()
    {
        var (_, created) = await CreateAsync(FullCreate);

        var (response, body) = await PatchAsync(created["id"]!.GetValue<string>(), """{"identifier":"https://acme.okta.com"}""");
        var (same, _) = await PatchAsync(created["id"]!.GetValue<string>(), """{"identifier":"https://acme-test.okta.com","slug":"acme-okta"}""");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        ShouldBeKeycardError(body, 409, "conflict");
        same.StatusCode.Should().Be(HttpStatusCode.OK, "keeping its own identifier and slug is not a conflict");
    }

    [Fact]
    public async Task Platform_owned_providers_cannot_be_patched_or_deleted()
    {
        var (_, list) = await GetAsync($"{Providers}?type=keycard-vault");
        var platform = list["items"]!.AsArray().First(p => p!["owner_type"]!.GetValue<string>() == "platform")!;
        var id = platform["id"]!.GetValue<string>();

        var (patch, patchBody) = await PatchAsync(id, """{"name":"Hijacked"}""");
        using var delete = await Keycard.DeleteAsync($"{Providers}/{id}");
        var (_, after) = await GetAsync($"{Providers}/{id}");

        patch.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        ShouldBeKeycardError(patchBody, 403, "forbidden");
        delete.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        ShouldBeKeycardError(await ReadJsonAsync(delete), 403, "forbidden");
        JsonNode.DeepEquals(after, platform).Should().BeTrue();
    }

    [Theory]
    [InlineData("""{"identifier":"x"}""", "name is required")]
    [InlineData("""{"name":"x"}""", "identifier is required")]
    [InlineData("""{"name":"","identifier":"x"}""", "name must be between 1 and 255 characters")]
    [InlineData("""{"name":42,"identifier":"x"}""", "name must be a string")]
    [InlineData("""{"name":"x","identifier":"x","slug":"Bad_Slug"}""", "slug must match")]
    [InlineData("""{"name":"x","identifier":"x","slug":"trailing-"}""", "slug must match")]
    [InlineData("""{"name":"x","identifier":"x","type":"saml"}""", "type must be one of")]
    [InlineData("""{"name":"x","identifier":"x","metadata":[1]}""", "metadata must be an object")]
    [InlineData("""{"name":"x","identifier":"x","protocols":{"oauth2":{"token_endpoint":"not a uri"}}}""", "protocols.oauth2.token_endpoint")]
    [InlineData("""{"name":"x","identifier":"x","protocols":{"oauth2":{"scopes_supported":"openid"}}}""", "protocols.oauth2.scopes_supported")]
    [InlineData("""[]""", "JSON object")]
    public async Task Invalid_create_bodies_are_400(string json, string expectedMessage)
    {
        var (response, body) = await CreateAsync(json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ShouldBeKeycardError(body, 400, "invalid_request").Should().Contain(expectedMessage);
    }

    [Theory]
    [InlineData("name", 256, "name must be between 1 and 255 characters")]
    [InlineData("identifier", 2049, "identifier must be between 1 and 2048 characters")]
    [InlineData("description", 2049, "description must be at most 2048 characters")]
    [InlineData("slug", 64, "slug must be between 1 and 63 characters")]
    public async Task Values_over_their_length_limit_are_400(string field, int length, string expectedMessage)
    {
        var body = new JsonObject { ["name"] = "x", ["identifier"] = "y", [field] = new string('a', length) };

        var (response, error) = await CreateAsync(body.ToJsonString());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ShouldBeKeycardError(error, 400, "invalid_request").Should().Be(expectedMessage);
    }

    [Fact]
    public async Task Values_at_their_length_limit_are_accepted()
    {
        var body = new JsonObject
        {
            ["name"] = new string('n', 255),
            ["identifier"] = new string('i', 2048),
            ["slug"] = new string('s', 63),
            ["description"] = new string('d', 2048),
        };

        var (response, _) = await CreateAsync(body.ToJsonString());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("{\"name\":")]
    [InlineData("not json")]
    [InlineData("")]
    public async Task Malformed_json_is_400(string json)
    {
        var (_, created) = await CreateAsync(FullCreate);

        var (create, createBody) = await CreateAsync(json);
        var (patch, patchBody) = await PatchAsync(created["id"]!.GetValue<string>(), json);

        create.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ShouldBeKeycardError(createBody, 400, "invalid_request");
        patch.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ShouldBeKeycardError(patchBody, 400, "invalid_request");
    }

    [Theory]
    [InlineData("""{"name":null}""", "name must not be null")]
    [InlineData("""{"identifier":null}""", "identifier must not be null")]
    [InlineData("""{"slug":null}""", "slug must not be null")]
    [InlineData("""{"name":""}""", "name must be between 1 and 255 characters")]
    [InlineData("""{"description":7}""", "description must be a string")]
    public async Task Invalid_patch_bodies_are_400_and_change_nothing(string json, string expectedMessage)
    {
        var (_, created) = await CreateAsync(FullCreate);
        var id = created["id"]!.GetValue<string>();

        var (response, body) = await PatchAsync(id, json);
        var (_, after) = await GetAsync($"{Providers}/{id}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ShouldBeKeycardError(body, 400, "invalid_request").Should().Be(expectedMessage);
        JsonNode.DeepEquals(after, created).Should().BeTrue();
    }

    [Fact]
    public async Task A_non_json_content_type_is_415()
    {
        using var response = await Keycard.PostAsync(Providers, new StringContent("""{"name":"x","identifier":"y"}""", Encoding.UTF8, "text/plain"));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        ShouldBeKeycardError(await ReadJsonAsync(response), 415, "unsupported_media_type");
    }

    [Fact]
    public async Task Concurrent_creates_are_all_stored()
    {
        var creates = Enumerable.Range(0, 40).Select(i =>
            CreateAsync($$"""{"name":"Parallel {{i}}","identifier":"https://parallel-{{i}}.example.com"}"""));

        var results = await Task.WhenAll(creates);
        var (_, list) = await GetAsync($"{Providers}?expand=total_count");

        results.Should().OnlyContain(r => r.Response.StatusCode == HttpStatusCode.OK);
        results.Select(r => r.Body["id"]!.GetValue<string>()).Should().OnlyHaveUniqueItems();
        results.Select(r => r.Body["slug"]!.GetValue<string>()).Should().OnlyHaveUniqueItems();
        list["pagination"]!["total_count"]!.GetValue<int>().Should().Be(25 + 40);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
