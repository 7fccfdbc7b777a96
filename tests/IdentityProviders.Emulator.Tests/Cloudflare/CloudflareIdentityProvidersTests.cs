using System.Net;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Tests.Cloudflare;

public sealed class CloudflareIdentityProvidersTests : CloudflareEmulatorTestBase
{
    private static readonly string[] AllTypes =
        ["onetimepin", "azureAD", "saml", "centrify", "facebook", "github", "google-apps", "google", "linkedin", "oidc", "okta", "onelogin", "pingone", "yandex"];

    public static TheoryData<string> Scopes => new() { "account", "zone" };

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task The_seed_covers_all_14_types_at_both_scopes_with_distinct_ids(string scope)
    {
        var (response, body) = await GetAsync(PathOf(scope) + "?per_page=1000");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var result = ShouldBeSuccess(body).AsArray();
        result.Should().HaveCount(28);
        result.Select(p => p!["type"]!.GetValue<string>()).Distinct().Should().BeEquivalentTo(AllTypes);
        result.Select(p => p!["id"]!.GetValue<string>()).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.Length == 36);
        result.Select(p => p!["id"]!.GetValue<string>()[0]).Should().OnlyContain(c => c == (scope == "zone" ? 'b' : 'a'));
        result.Should().OnlyContain(p => p!["name"] != null && p["config"] is JsonObject);
    }

    [Fact]
    public async Task Stored_client_secrets_are_masked_and_scim_secrets_are_not_shown_on_reads()
    {
        var (_, body) = await GetAsync(AccountPath + "/a0000000-0000-4000-8000-000000000001");

        var result = ShouldBeSuccess(body);
        result["type"]!.GetValue<string>().Should().Be("azureAD");
        result["config"]!["client_secret"]!.GetValue<string>().Should().Be("**********");
        result["scim_config"]!["enabled"]!.GetValue<bool>().Should().BeTrue();
        result["scim_config"]!["scim_base_url"]!.GetValue<string>().Should().Contain("a0000000-0000-4000-8000-000000000001");
        result["scim_config"]!.AsObject().ContainsKey("secret").Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task Create_get_update_delete_round_trip(string scope)
    {
        var path = PathOf(scope);
        var (created, createdBody) = await SendJsonAsync(HttpMethod.Post, path, """
            {"name":"Corp OIDC","type":"oidc","id":"ignored",
             "config":{"client_id":"cid","client_secret":"cs","auth_url":"https://idp/a","token_url":"https://idp/t","certs_url":"https://idp/k","scopes":["openid"],"pkce_enabled":true,"claims":["g"],"email_claim_name":"mail"},
             "scim_config":{"enabled":true,"user_deprovision":true,"seat_deprovision":true,"identity_update_behavior":"reauth"}}
            """);

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var result = ShouldBeSuccess(createdBody);
        var id = result["id"]!.GetValue<string>();
        Guid.TryParse(id, out _).Should().BeTrue();
        id.Should().NotBe("ignored");
        result["config"]!["client_secret"]!.GetValue<string>().Should().Be("**********");
        result["config"]!["pkce_enabled"]!.GetValue<bool>().Should().BeTrue();
        var secret = result["scim_config"]!["secret"]!.GetValue<string>();
        secret.Should().HaveLength(64, "the SCIM secret is shown once, when SCIM is first enabled");

        var (_, fetched) = await GetAsync($"{path}/{id}");
        var fetchedResult = ShouldBeSuccess(fetched);
        fetchedResult["name"]!.GetValue<string>().Should().Be("Corp OIDC");
        fetchedResult["scim_config"]!["identity_update_behavior"]!.GetValue<string>().Should().Be("reauth");
        fetchedResult["scim_config"]!.AsObject().ContainsKey("secret").Should().BeFalse();

        // PUT back what was read (masked secret, read-only SCIM fields) with a new name.
        fetchedResult["name"] = "Corp OIDC 2";
        var (updated, updatedBody) = await SendJsonAsync(HttpMethod.Put, $"{path}/{id}", fetchedResult.ToJsonString());
        updated.StatusCode.Should().Be(HttpStatusCode.OK);
        ShouldBeSuccess(updatedBody)["name"]!.GetValue<string>().Should().Be("Corp OIDC 2");

        var (deleted, deletedBody) = await SendJsonAsync(HttpMethod.Delete, $"{path}/{id}", "{}");
        deleted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        ShouldBeSuccess(deletedBody)["id"]!.GetValue<string>().Should().Be(id);

        var (missing, missingBody) = await GetAsync($"{path}/{id}");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ShouldBeFailure(missingBody, 7003);
    }

    [Fact]
    public async Task The_account_and_the_zone_are_separate()
    {
        var (_, created) = await SendJsonAsync(HttpMethod.Post, ZonePath, """{"name":"PIN","type":"onetimepin","config":{}}""");
        var id = ShouldBeSuccess(created)["id"]!.GetValue<string>();

        (await Cloudflare.GetAsync($"{AccountPath}/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Cloudflare.GetAsync($"{ZonePath}/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("""{"type":"oidc","config":{}}""", "name is required")]
    [InlineData("""{"name":"x","config":{}}""", "type is required")]
    [InlineData("""{"name":"x","type":"kerberos","config":{}}""", "not a valid identity provider type")]
    [InlineData("""{"name":"x","type":"oidc"}""", "config is required")]
    [InlineData("""{"name":"x","type":"github","config":{"okta_account":"https://x"}}""", "config.okta_account is not a valid field for an identity provider of type 'github'")]
    [InlineData("""{"name":"x","type":"onetimepin","config":{"client_id":"a"}}""", "config.client_id is not a valid field")]
    [InlineData("""{"name":"x","type":"azureAD","config":{"prompt":"consent"}}""", "config.prompt must be one of login, select_account, none")]
    [InlineData("""{"name":"x","type":"oidc","config":{"pkce_enabled":"yes"}}""", "config.pkce_enabled must be a boolean")]
    [InlineData("""{"name":"x","type":"oidc","config":{"scopes":"openid"}}""", "config.scopes must be an array of strings")]
    [InlineData("""{"name":"x","type":"saml","config":{"header_attributes":[{"attribute_name":1}]}}""", "config.header_attributes must be")]
    [InlineData("""{"name":"x","type":"okta","config":{},"scim_config":{"enabled":true,"seat_deprovision":true}}""", "seat_deprovision cannot be enabled unless")]
    [InlineData("""{"name":"x","type":"onetimepin","config":{},"scim_config":{"enabled":true}}""", "SCIM cannot be enabled on a onetimepin")]
    [InlineData("""{"name":"x","type":"okta","config":{},"scim_config":{"identity_update_behavior":"sometimes"}}""", "identity_update_behavior must be one of")]
    [InlineData("""{"name":"x","type":"okta","config":{},"scim_config":{"unknown":true}}""", "scim_config.unknown is not a valid field")]
    [InlineData("""[1]""", "must be a JSON object")]
    public async Task Invalid_bodies_are_rejected_with_the_access_invalid_request_code(string json, string messagePart)
    {
        var (response, body) = await SendJsonAsync(HttpMethod.Post, AccountPath, json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ShouldBeFailure(body, 12130).Should().StartWith("access.api.error.invalid_request: ").And.Contain(messagePart);
    }

    [Fact]
    public async Task Malformed_json_and_other_media_types_are_rejected()
    {
        var (malformed, malformedBody) = await SendJsonAsync(HttpMethod.Post, AccountPath, "{\"name\":");
        malformed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ShouldBeFailure(malformedBody, 6007);

        using var text = new StringContent("name=x", System.Text.Encoding.UTF8, "text/plain");
        var unsupported = await Cloudflare.PostAsync(AccountPath, text);
        unsupported.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task The_type_of_an_identity_provider_cannot_change()
    {
        var (response, body) = await SendJsonAsync(HttpMethod.Put, AccountPath + "/a0000000-0000-4000-8000-000000000004", """{"name":"x","type":"linkedin","config":{}}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ShouldBeFailure(body, 12130).Should().Contain("cannot be changed");
    }

    [Fact]
    public async Task Update_and_delete_of_a_missing_provider_are_404()
    {
        var (put, putBody) = await SendJsonAsync(HttpMethod.Put, AccountPath + "/00000000-0000-4000-8000-000000000000", """{"name":"x","type":"github","config":{}}""");
        put.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ShouldBeFailure(putBody, 7003);

        var delete = await Cloudflare.DeleteAsync(AccountPath + "/00000000-0000-4000-8000-000000000000");
        delete.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Identifiers_longer_than_the_spec_allows_cannot_be_routed()
    {
        var (account, accountBody) = await GetAsync($"accounts/{new string('a', 33)}/access/identity_providers");
        account.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ShouldBeFailure(accountBody, 7003).Should().Contain("perhaps your object identifier is invalid");

        var (idp, _) = await GetAsync($"{AccountPath}/{new string('f', 37)}");
        idp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_envelope()
    {
        var (response, body) = await GetAsync($"accounts/{Emulator.Cloudflare.AccountId}/access/apps");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ShouldBeFailure(body, 7000);
    }
}
