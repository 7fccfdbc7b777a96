using IdentityProviders.Sdk;
using Waldur.Sdk.Models;
using Waldur.Sdk.Tests.TestSupport;

namespace Waldur.Sdk.Tests;

/// <summary>Django REST framework error bodies become the typed exceptions, field errors as a dictionary.</summary>
public sealed class IdentityProvidersClientErrorTests : IDisposable
{
    private const string ProviderPath = WaldurMockServer.CollectionPath + "keycloak/";
    private readonly WaldurMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    private static IdentityProviderRequest NewProvider => new()
    {
        Provider = "keycloak",
        ClientId = "c",
        ClientSecret = WaldurJson.Secret,
        DiscoveryUrl = "https://kc.example.org/.well-known/openid-configuration",
        Label = "Keycloak",
    };

    [Fact]
    public async Task A_detail_body_becomes_the_message_of_a_not_found_exception()
    {
        _mock.Json("GET", ProviderPath, """{"detail":"No IdentityProvider matches the given query."}""", 404, headers: ("x-request-id", "req-9"));
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.RetrieveAsync("keycloak");

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderNotFoundException>()).Which;
        error.StatusCode.Should().Be(404);
        error.Vendor.Should().Be("waldur");
        error.Operation.Should().Be("identity_providers.retrieve");
        error.ErrorMessages.Should().Equal("No IdentityProvider matches the given query.");
        error.ErrorCodes.Should().BeEmpty();
        error.Details.FieldErrors.Should().BeEmpty();
        error.Message.Should().Be("waldur identity_providers.retrieve failed with HTTP 404 (Not Found): No IdentityProvider matches the given query. (request id req-9).");
    }

    [Fact]
    public async Task A_detail_with_a_code_keeps_the_code()
    {
        _mock.Json("GET", ProviderPath, """{"detail":"Invalid token.","code":"authentication_failed"}""", 401);
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.RetrieveAsync("keycloak");

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderAuthenticationException>()).Which;
        error.ErrorCodes.Should().Equal("authentication_failed");
        error.ErrorMessages.Should().Equal("Invalid token.");
    }

    [Fact]
    public async Task Permission_denied_is_a_permission_exception()
    {
        _mock.Json("DELETE", ProviderPath, """{"detail":"You do not have permission to perform this action."}""", 403);
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.DeleteAsync("keycloak");

        (await act.Should().ThrowExactlyAsync<IdentityProviderPermissionDeniedException>()).Which.Operation.Should().Be("identity_providers.destroy");
    }

    [Fact]
    public async Task Field_errors_become_a_dictionary_and_are_summarized_in_the_message()
    {
        _mock.Json("POST", WaldurMockServer.CollectionPath, """
            {
              "provider": ["identity provider with this provider already exists."],
              "discovery_url": ["Ensure this field has no more than 200 characters.", "Enter a valid URL."],
              "non_field_errors": ["Either user_field or attribute_mapping must be set."]
            }
            """, 400);
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.CreateAsync(NewProvider);

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderBadRequestException>()).Which;
        error.Details.FieldErrors.Should().BeEquivalentTo(new Dictionary<string, IReadOnlyList<string>>
        {
            ["provider"] = ["identity provider with this provider already exists."],
            ["discovery_url"] = ["Ensure this field has no more than 200 characters.", "Enter a valid URL."],
        });
        error.ErrorMessages.Should().Equal("Either user_field or attribute_mapping must be set.");
        error.Message.Should().Be(
            "waldur identity_providers.create failed with HTTP 400 (Bad Request): Either user_field or attribute_mapping must be set. "
            + "(fields: provider: identity provider with this provider already exists.; discovery_url: Ensure this field has no more than 200 characters. Enter a valid URL.).");
        _mock.Requests.Should().ContainSingle("a 400 is not retried");
    }

    [Fact]
    public async Task Nested_and_list_field_errors_are_flattened_with_paths()
    {
        _mock.Json("PATCH", ProviderPath, """
            {
              "attribute_mapping": { "email": ["Not a valid claim."], "non_field_errors": ["Unknown field."] },
              "allowed_redirects": [ {}, { "url": ["HTTPS required."] } ],
              "label": "This field may not be blank."
            }
            """, 400);
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.PartialUpdateAsync("keycloak", new PatchedIdentityProviderRequest { Label = "x" });

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderBadRequestException>()).Which;
        error.Details.FieldErrors.Should().BeEquivalentTo(new Dictionary<string, IReadOnlyList<string>>
        {
            ["attribute_mapping.email"] = ["Not a valid claim."],
            ["attribute_mapping"] = ["Unknown field."],
            ["allowed_redirects[1].url"] = ["HTTPS required."],
            ["label"] = ["This field may not be blank."],
        });
    }

    [Fact]
    public async Task A_bare_list_of_messages_becomes_the_messages()
    {
        _mock.Json("POST", WaldurMockServer.CollectionPath + "discover_metadata/", """["Unable to fetch discovery document."]""", 400);
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.DiscoverMetadataAsync(new DiscoverMetadataRequest { DiscoveryUrl = "https://idp.example.com/.well-known/openid-configuration" });

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderBadRequestException>()).Which;
        error.ErrorMessages.Should().Equal("Unable to fetch discovery document.");
    }

    [Fact]
    public async Task Messages_of_secret_fields_never_echo_the_value()
    {
        _mock.Json("POST", WaldurMockServer.CollectionPath, $$"""
            {
              "client_secret": ["\"{{WaldurJson.Secret}}\" is not a valid secret.", "Ensure this field has no more than 200 characters."],
              "label": ["\"Keycloak\" is reserved."]
            }
            """, 400);
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.CreateAsync(NewProvider);

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderBadRequestException>()).Which;
        error.Message.Should().NotContain(WaldurJson.Secret);
        error.ToString().Should().NotContain(WaldurJson.Secret);
        error.Details.FieldErrors["client_secret"].Should().Equal("***REDACTED*** is not a valid secret.", "Ensure this field has no more than 200 characters.");
        error.Details.FieldErrors["label"].Should().BeEquivalentTo(["\"Keycloak\" is reserved."], "only secret fields are scrubbed");
    }

    [Fact]
    public async Task A_non_json_error_body_is_described_not_quoted()
    {
        _mock.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(ProviderPath).UsingGet())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(502).WithHeader("Content-Type", "text/html").WithBody("<html>bad gateway " + WaldurJson.Secret + "</html>"));
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.RetrieveAsync("keycloak");

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderServerException>()).Which;
        error.Message.Should().Contain("non-JSON error body").And.NotContain(WaldurJson.Secret);
        _mock.Requests.Should().HaveCount(4, "a GET is retried three times on 5xx");
    }

    [Fact]
    public async Task Rate_limiting_carries_retry_after()
    {
        _mock.Json("GET", ProviderPath, """{"detail":"Request was throttled. Expected available in 120 seconds."}""", 429, headers: ("Retry-After", "120"));
        using var client = _mock.CreateClient(o => o.Retry = WaldurMockServer.FastRetry with { MaxRetries = 0 });

        var act = () => client.IdentityProviders.RetrieveAsync("keycloak");

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderRateLimitedException>()).Which;
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(120));
    }

    [Fact]
    public async Task A_malformed_success_body_is_a_response_format_error()
    {
        _mock.Json("GET", ProviderPath, """{"provider": 5}""");
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.RetrieveAsync("keycloak");

        (await act.Should().ThrowExactlyAsync<IdentityProviderResponseFormatException>()).Which.Message.Should().StartWith("waldur identity_providers.retrieve returned HTTP 200 but the response body is not the expected JSON");
    }

    [Fact]
    public void The_parser_ignores_bodies_that_are_not_drf_errors()
    {
        using var number = System.Text.Json.JsonDocument.Parse("42");
        using var empty = System.Text.Json.JsonDocument.Parse("{}");

        WaldurErrorParser.Parse(number.RootElement).Should().BeNull();
        WaldurErrorParser.Parse(empty.RootElement).Should().BeNull();
    }
}
