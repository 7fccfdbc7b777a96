using System.Net;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Tests.Waldur;

/// <summary>The nine operations, the response shape of the spec and Django REST framework's validation.</summary>
public sealed class WaldurIdentityProvidersTests : WaldurEmulatorTestBase
{
    private static readonly string[] ResponseFields =
    [
        "provider", "is_active", "client_id", "client_secret", "verify_ssl", "enable_post_logout_redirect", "enable_pkce",
        "discovery_url", "userinfo_url", "token_url", "auth_url", "logout_url", "label", "management_url", "protected_fields",
        "extra_scope", "user_field", "user_claim", "attribute_mapping", "extra_fields", "allowed_redirects",
    ];

    [Fact]
    public async Task Seed_providers_have_every_field_of_the_spec_and_realistic_values()
    {
        var (response, body) = await GetAsync(Collection + "?page_size=12");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var items = body.AsArray();
        items.Should().HaveCount(12);
        items.Select(p => p!["provider"]!.GetValue<string>()).Should().StartWith(["keycloak", "tara", "eduteams"]);
        foreach (var item in items)
        {
            item!.AsObject().Select(p => p.Key).Should().Equal(ResponseFields);
            item["client_secret"]!.GetValue<string>().Should().NotBeNullOrEmpty("Waldur returns the secret");
            item["auth_url"]!.GetValue<string>().Should().StartWith("https://");
        }
    }

    [Fact]
    public async Task Create_returns_201_with_defaults_and_derived_endpoints()
    {
        var (response, body) = await SendJsonAsync(HttpMethod.Post, Collection, Body("new-idp"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        body["provider"]!.GetValue<string>().Should().Be("new-idp");
        body["is_active"]!.GetValue<bool>().Should().BeTrue();
        body["verify_ssl"]!.GetValue<bool>().Should().BeTrue();
        body["user_field"]!.GetValue<string>().Should().Be("username");
        body["extra_scope"].Should().BeNull();
        body["token_url"]!.GetValue<string>().Should().Be("https://new-idp.example.org/realms/w/protocol/openid-connect/token");
        body.AsObject().Select(p => p.Key).Should().Equal(ResponseFields);

        var (again, fetched) = await GetAsync(Collection + "new-idp/");
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonNode.DeepEquals(fetched, body).Should().BeTrue();
    }

    [Fact]
    public async Task Create_reports_every_field_error_at_once_in_drf_shape()
    {
        var (response, body) = await SendJsonAsync(HttpMethod.Post, Collection, """
            { "provider": "  ", "client_secret": {"x": 1}, "is_active": "maybe", "label": null, "user_field": "",
              "extra_scope": "x", "discovery_url": "https://d", "attribute_mapping": [1], "protected_fields": "email",
              "allowed_redirects": ["http://portal.example.org"], "userinfo_url": "ignored: read-only", "unknown": 1 }
            """);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        JsonNode.DeepEquals(body, JsonNode.Parse("""
            {
              "provider": ["This field may not be blank."],
              "is_active": ["Must be a valid boolean."],
              "client_id": ["This field is required."],
              "client_secret": ["Not a valid string."],
              "label": ["This field may not be null."],
              "protected_fields": ["Must be a list of field names."],
              "user_field": ["This field may not be blank."],
              "attribute_mapping": ["Must be a JSON object mapping Waldur user fields to OIDC claims."],
              "allowed_redirects": ["'http://portal.example.org' must use HTTPS (HTTP is allowed only for localhost)."]
            }
            """)).Should().BeTrue(body.ToJsonString());
    }

    [Theory]
    [InlineData("[1]", "Invalid data. Expected a dictionary, but got list.")]
    [InlineData("\"x\"", "Invalid data. Expected a dictionary, but got str.")]
    public async Task A_body_that_is_not_an_object_is_a_non_field_error(string json, string message)
    {
        var (response, body) = await SendJsonAsync(HttpMethod.Post, Collection, json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body["non_field_errors"]!.AsArray().Select(m => m!.GetValue<string>()).Should().Equal(message);
    }

    [Fact]
    public async Task Malformed_json_and_other_media_types_are_rejected_with_a_detail()
    {
        var (malformed, body) = await SendJsonAsync(HttpMethod.Post, Collection, "{\"provider\":");
        using var text = new HttpRequestMessage(HttpMethod.Post, Collection) { Content = new StringContent("provider=x", System.Text.Encoding.UTF8, "text/plain") };
        var unsupported = await Waldur.SendAsync(text);

        malformed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body["detail"]!.GetValue<string>().Should().StartWith("JSON parse error - ");
        unsupported.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await ReadJsonAsync(unsupported))!["detail"]!.GetValue<string>().Should().Be("Unsupported media type \"text/plain; charset=utf-8\" in request.");
    }

    [Fact]
    public async Task Strings_are_trimmed_numbers_accepted_as_strings_and_lengths_checked()
    {
        var (created, body) = await SendJsonAsync(HttpMethod.Post, Collection, """
            { "provider": "  trimmed  ", "client_id": 12345, "client_secret": "s", "discovery_url": "https://d.example.org", "label": "L", "is_active": "false" }
            """);
        var (tooLong, errors) = await SendJsonAsync(HttpMethod.Post, Collection, $$"""
            { "provider": "{{new string('p', 33)}}", "client_id": "c", "client_secret": "s", "discovery_url": "https://d", "label": "{{new string('l', 201)}}" }
            """);

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        body["provider"]!.GetValue<string>().Should().Be("trimmed");
        body["client_id"]!.GetValue<string>().Should().Be("12345");
        body["is_active"]!.GetValue<bool>().Should().BeFalse();
        tooLong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        errors["provider"]![0]!.GetValue<string>().Should().Be("Ensure this field has no more than 32 characters.");
        errors["label"]![0]!.GetValue<string>().Should().Be("Ensure this field has no more than 200 characters.");
    }

    [Fact]
    public async Task A_taken_name_is_a_field_error()
    {
        var (response, body) = await SendJsonAsync(HttpMethod.Post, Collection, Body("keycloak"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body["provider"]![0]!.GetValue<string>().Should().Be("identity provider with this provider already exists.");
    }

    [Fact]
    public async Task Put_needs_the_required_fields_and_leaves_unsent_ones_unchanged()
    {
        var (incomplete, errors) = await SendJsonAsync(HttpMethod.Put, Collection + "keycloak/", """{"label":"Only a label"}""");
        var (response, body) = await SendJsonAsync(HttpMethod.Put, Collection + "keycloak/", Body("keycloak"));

        incomplete.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        errors.AsObject().Select(p => p.Key).Should().BeEquivalentTo("provider", "client_id", "client_secret", "discovery_url");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body["label"]!.GetValue<string>().Should().Be("Label keycloak");
        body["user_claim"]!.GetValue<string>().Should().Be("preferred_username", "the seed's value is kept");
    }

    [Fact]
    public async Task Patch_changes_only_the_given_fields_and_null_clears_nullable_ones()
    {
        var (_, before) = await GetAsync(Collection + "tara/");
        before["extra_scope"]!.GetValue<string>().Should().Be("profile email");

        var (response, after) = await SendJsonAsync(HttpMethod.Patch, Collection + "tara/", """{"extra_scope":null,"is_active":false}""");
        var (notNullable, errors) = await SendJsonAsync(HttpMethod.Patch, Collection + "tara/", """{"client_id":null}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        after["extra_scope"].Should().BeNull();
        after["is_active"]!.GetValue<bool>().Should().BeFalse();
        after["label"]!.GetValue<string>().Should().Be(before["label"]!.GetValue<string>());
        notNullable.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        errors["client_id"]![0]!.GetValue<string>().Should().Be("This field may not be null.");
    }

    [Fact]
    public async Task An_empty_patch_body_changes_nothing()
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, Collection + "tara/");
        var response = await Waldur.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ReadJsonAsync(response))!["provider"]!.GetValue<string>().Should().Be("tara");
    }

    [Fact]
    public async Task Renaming_moves_the_provider_and_a_taken_name_is_refused()
    {
        var (renamed, body) = await SendJsonAsync(HttpMethod.Patch, Collection + "tara/", """{"provider":"tara-ee"}""");
        var (taken, errors) = await SendJsonAsync(HttpMethod.Patch, Collection + "tara-ee/", """{"provider":"keycloak"}""");
        var (old, _) = await GetAsync(Collection + "tara/");

        renamed.StatusCode.Should().Be(HttpStatusCode.OK);
        body["provider"]!.GetValue<string>().Should().Be("tara-ee");
        taken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        errors["provider"]![0]!.GetValue<string>().Should().Be("identity provider with this provider already exists.");
        old.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_answers_204_then_the_provider_is_gone()
    {
        var deleted = await Waldur.DeleteAsync(Collection + "eduteams/");
        var again = await Waldur.DeleteAsync(Collection + "eduteams/");
        var (gone, body) = await GetAsync(Collection + "eduteams/");

        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        again.StatusCode.Should().Be(HttpStatusCode.NotFound);
        gone.StatusCode.Should().Be(HttpStatusCode.NotFound);
        body["detail"]!.GetValue<string>().Should().Be("No IdentityProvider matches the given query.");
    }

    [Fact]
    public async Task Updating_a_missing_provider_is_404_whatever_the_body()
    {
        var (response, body) = await SendJsonAsync(HttpMethod.Patch, Collection + "missing/", "not json");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        body["detail"]!.GetValue<string>().Should().Be("No IdentityProvider matches the given query.");
    }

    [Fact]
    public async Task A_name_is_read_from_the_raw_path_segment_so_escaped_slashes_and_percents_round_trip()
    {
        const string name = "a/b?c%2Fd";
        var (created, _) = await SendJsonAsync(HttpMethod.Post, Collection, Body(name));
        var (response, body) = await GetAsync(Collection + Uri.EscapeDataString(name) + "/");
        var (other, _) = await GetAsync(Collection + "a/");

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body["provider"]!.GetValue<string>().Should().Be(name);
        other.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Discover_metadata_and_generate_mapping_answer_for_a_discovery_url()
    {
        var (discovered, metadata) = await SendJsonAsync(HttpMethod.Post, Collection + "discover_metadata/", """{"discovery_url":"https://idp.example.org/realms/x/.well-known/openid-configuration","verify_ssl":false}""");
        var (generated, mapping) = await SendJsonAsync(HttpMethod.Post, Collection + "generate-mapping/", """{"discovery_url":"https://idp.example.org/.well-known/openid-configuration"}""");
        var (invalid, errors) = await SendJsonAsync(HttpMethod.Post, Collection + "discover_metadata/", """{"discovery_url":"not a url"}""");
        var (missing, missingErrors) = await SendJsonAsync(HttpMethod.Post, Collection + "generate-mapping/", "{}");
        var (unreachable, failure) = await SendJsonAsync(HttpMethod.Post, Collection + "discover_metadata/", """{"discovery_url":"https://down.invalid/.well-known/openid-configuration"}""");

        discovered.StatusCode.Should().Be(HttpStatusCode.OK);
        metadata.AsObject().Select(p => p.Key).Should().BeEquivalentTo("claims_supported", "scopes_supported", "endpoints", "waldur_fields", "suggested_scopes");
        metadata["endpoints"]!["userinfo_endpoint"]!.GetValue<string>().Should().Be("https://idp.example.org/realms/x/protocol/openid-connect/userinfo");
        metadata["waldur_fields"]![0]!.AsObject().Select(p => p.Key).Should().Equal("field", "description", "suggested_claims", "available_claims");
        generated.StatusCode.Should().Be(HttpStatusCode.OK);
        mapping["attribute_mapping"]!["email"]!.GetValue<string>().Should().Be("email");
        mapping["extra_scope"]!.GetValue<string>().Should().Be("profile email");
        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        errors["discovery_url"]![0]!.GetValue<string>().Should().Be("Enter a valid URL.");
        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        missingErrors["discovery_url"]![0]!.GetValue<string>().Should().Be("This field is required.");
        unreachable.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        failure["detail"]!.GetValue<string>().Should().Contain("down.invalid");
    }

    [Fact]
    public async Task The_action_routes_do_not_serve_other_methods()
    {
        var (response, body) = await GetAsync(Collection + "discover_metadata/");
        var put = await Waldur.PutAsync(Collection, null);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        body["detail"]!.GetValue<string>().Should().Be("Method \"GET\" not allowed.");
        put.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }
}
