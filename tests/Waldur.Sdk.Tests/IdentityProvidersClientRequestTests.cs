using IdentityProviders.Sdk.Http;
using Waldur.Sdk.Models;
using Waldur.Sdk.Tests.TestSupport;

namespace Waldur.Sdk.Tests;

/// <summary>Each operation sends exactly the request of the spec and maps the response to the model.</summary>
public sealed class IdentityProvidersClientRequestTests : IDisposable
{
    private const string ProviderPath = WaldurMockServer.CollectionPath + "keycloak/";
    private readonly WaldurMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    private static IdentityProviderRequest FullRequest => new()
    {
        Provider = "keycloak",
        IsActive = false,
        ClientId = "waldur-portal",
        ClientSecret = WaldurJson.Secret,
        VerifySsl = true,
        EnablePostLogoutRedirect = false,
        EnablePkce = true,
        DiscoveryUrl = "https://kc.example.org/.well-known/openid-configuration",
        Label = "Keycloak",
        ManagementUrl = "https://kc.example.org/account",
        ProtectedFields = JsonStringList.From(["first_name", "email"]),
        ExtraScope = "profile email",
        UserField = "username",
        UserClaim = "preferred_username",
        AttributeMapping = AttributeMapping.FromClaims(new Dictionary<string, string> { ["first_name"] = "given_name", ["email"] = "email" }),
        ExtraFields = "organization",
        AllowedRedirects = JsonStringList.From(["https://portal.example.org"]),
    };

    private const string FullRequestJson = """
        {
          "provider": "keycloak", "is_active": false, "client_id": "waldur-portal", "client_secret": "super-secret-client-key-7f3e",
          "verify_ssl": true, "enable_post_logout_redirect": false, "enable_pkce": true,
          "discovery_url": "https://kc.example.org/.well-known/openid-configuration", "label": "Keycloak",
          "management_url": "https://kc.example.org/account", "protected_fields": ["first_name", "email"],
          "extra_scope": "profile email", "user_field": "username", "user_claim": "preferred_username",
          "attribute_mapping": { "first_name": "given_name", "email": "email" }, "extra_fields": "organization",
          "allowed_redirects": ["https://portal.example.org"]
        }
        """;

    [Fact]
    public async Task Retrieve_sends_GET_to_the_provider_path_with_the_token_and_maps_every_field()
    {
        _mock.Json("GET", ProviderPath, WaldurJson.FullProvider);
        using var client = _mock.CreateClient();

        var provider = await client.IdentityProviders.RetrieveAsync("keycloak");

        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("GET");
        request.AbsolutePath.Should().Be(ProviderPath);
        request.RawQuery.Should().BeNullOrEmpty();
        WaldurMockServer.Header(request, "Authorization").Should().Be("Token " + WaldurMockServer.Token);
        WaldurMockServer.Header(request, "User-Agent").Should().StartWith("Waldur.Sdk/0.1.0 ");

        provider.Provider.Should().Be("keycloak");
        provider.IsActive.Should().BeTrue();
        provider.ClientId.Should().Be("waldur-portal");
        provider.ClientSecret.Should().Be(WaldurJson.Secret);
        provider.VerifySsl.Should().BeFalse();
        provider.EnablePostLogoutRedirect.Should().BeTrue();
        provider.EnablePkce.Should().BeTrue();
        provider.DiscoveryUrl.Should().Be("https://kc.example.org/realms/w/.well-known/openid-configuration");
        provider.UserinfoUrl.Should().Be("https://kc.example.org/realms/w/protocol/openid-connect/userinfo");
        provider.TokenUrl.Should().Be("https://kc.example.org/realms/w/protocol/openid-connect/token");
        provider.AuthUrl.Should().Be("https://kc.example.org/realms/w/protocol/openid-connect/auth");
        provider.LogoutUrl.Should().Be("https://kc.example.org/realms/w/protocol/openid-connect/logout");
        provider.Label.Should().Be("Keycloak");
        provider.ManagementUrl.Should().Be("https://kc.example.org/realms/w/account");
        provider.ProtectedFields!.Values.Should().Equal("first_name", "email");
        provider.ProtectedFields.Raw.GetArrayLength().Should().Be(3, "the raw JSON keeps the item the typed view skips");
        provider.ExtraScope.Should().Be("profile email");
        provider.UserField.Should().Be("username");
        provider.UserClaim.Should().Be("preferred_username");
        provider.AttributeMapping!.Claims.Should().BeEquivalentTo(new Dictionary<string, string> { ["first_name"] = "given_name", ["email"] = "email" });
        provider.AttributeMapping.Raw.GetProperty("groups").GetArrayLength().Should().Be(2);
        provider.ExtraFields.Should().Be("organization affiliation");
        provider.AllowedRedirects!.Values.Should().Equal("https://portal.example.org", "http://localhost:8000");
        provider.AdditionalProperties.Should().ContainKey("icon_url");
    }

    [Fact]
    public async Task List_sends_page_and_page_size_and_reads_the_bare_array()
    {
        _mock.Json("GET", WaldurMockServer.CollectionPath, "[" + WaldurJson.FullProvider + "]", headers: ("x-result-count", "1"));
        using var client = _mock.CreateClient();

        var page = await client.IdentityProviders.ListPageAsync(new IdentityProviderListOptions { Page = 1, PageSize = 25 });

        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("GET");
        request.AbsolutePath.Should().Be(WaldurMockServer.CollectionPath);
        WaldurMockServer.QueryPairs(request).Should().Equal(new QueryParam("page", "1"), new QueryParam("page_size", "25"));
        page.Items.Should().ContainSingle().Which.Provider.Should().Be("keycloak");
        page.TotalCount.Should().Be(1);
        page.NextLink.Should().BeNull();
        page.HasLinkHeader.Should().BeFalse();
    }

    [Fact]
    public async Task List_uses_the_default_page_size_of_300()
    {
        _mock.Json("GET", WaldurMockServer.CollectionPath, "[]", headers: ("x-result-count", "0"));
        using var client = _mock.CreateClient();

        await client.IdentityProviders.ListPageAsync();

        WaldurMockServer.QueryPairs(_mock.Requests.Single()).Should().Equal(new QueryParam("page", "1"), new QueryParam("page_size", "300"));
        IdentityProvidersClient.DefaultPageSize.Should().Be(300);
    }

    [Fact]
    public async Task Count_sends_HEAD_without_query_and_reads_x_result_count()
    {
        _mock.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(WaldurMockServer.CollectionPath).UsingHead())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("x-result-count", "4242"));
        using var client = _mock.CreateClient();

        var count = await client.IdentityProviders.CountAsync();

        count.Should().Be(4242);
        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("HEAD");
        request.AbsolutePath.Should().Be(WaldurMockServer.CollectionPath);
        request.RawQuery.Should().BeNullOrEmpty();
        WaldurMockServer.Header(request, "Authorization").Should().Be("Token " + WaldurMockServer.Token);
    }

    [Fact]
    public async Task Count_falls_back_to_a_one_item_page_when_HEAD_has_no_count()
    {
        _mock.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(WaldurMockServer.CollectionPath).UsingHead())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200));
        _mock.Json("GET", WaldurMockServer.CollectionPath, WaldurJson.Page(["p0000"]), headers: ("x-result-count", "42"));
        using var client = _mock.CreateClient();

        var count = await client.IdentityProviders.CountAsync();

        count.Should().Be(42);
        _mock.Requests.Select(r => r.Method).Should().Equal("HEAD", "GET");
        WaldurMockServer.QueryPairs(_mock.Requests[1]).Should().Equal(new QueryParam("page", "1"), new QueryParam("page_size", "1"));
    }

    [Fact]
    public async Task Count_without_the_header_anywhere_is_a_response_format_error()
    {
        _mock.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(WaldurMockServer.CollectionPath).UsingHead())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("x-request-id", "r-1"));
        _mock.Json("GET", WaldurMockServer.CollectionPath, "[]", headers: ("x-request-id", "r-2"));
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.CountAsync();

        var error = (await act.Should().ThrowAsync<IdentityProviders.Sdk.IdentityProviderResponseFormatException>()).Which;
        error.Message.Should().Be("waldur identity_providers.count returned HTTP 200 without a valid x-result-count header, to HEAD and to a one-item listing (request id r-2).");
    }

    [Fact]
    public async Task Create_posts_every_field_and_maps_the_201_answer()
    {
        _mock.Json("POST", WaldurMockServer.CollectionPath, WaldurJson.FullProvider, status: 201);
        using var client = _mock.CreateClient();

        var created = await client.IdentityProviders.CreateAsync(FullRequest);

        created.Provider.Should().Be("keycloak");
        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.AbsolutePath.Should().Be(WaldurMockServer.CollectionPath);
        WaldurMockServer.Header(request, "Content-Type").Should().StartWith("application/json");
        WaldurMockServer.ShouldBeJson(request.Body, FullRequestJson);
    }

    [Fact]
    public async Task Create_sends_only_the_required_fields_when_nothing_else_is_set()
    {
        _mock.Json("POST", WaldurMockServer.CollectionPath, WaldurJson.FullProvider, status: 201);
        using var client = _mock.CreateClient();

        await client.IdentityProviders.CreateAsync(new IdentityProviderRequest
        {
            Provider = "tara",
            ClientId = "c",
            ClientSecret = "s",
            DiscoveryUrl = "https://tara.ria.ee/.well-known/openid-configuration",
            Label = "TARA",
        });

        WaldurMockServer.ShouldBeJson(_mock.Requests.Single().Body, """
            { "provider": "tara", "client_id": "c", "client_secret": "s", "discovery_url": "https://tara.ria.ee/.well-known/openid-configuration", "label": "TARA" }
            """);
    }

    [Fact]
    public async Task Update_puts_every_field_to_the_provider_path()
    {
        _mock.Json("PUT", ProviderPath, WaldurJson.FullProvider);
        using var client = _mock.CreateClient();

        var updated = await client.IdentityProviders.UpdateAsync("keycloak", FullRequest);

        updated.Label.Should().Be("Keycloak");
        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("PUT");
        request.AbsolutePath.Should().Be(ProviderPath);
        WaldurMockServer.ShouldBeJson(request.Body, FullRequestJson);
    }

    [Fact]
    public async Task Partial_update_sends_only_the_fields_that_were_set_with_null_for_cleared_ones()
    {
        _mock.Json("PATCH", ProviderPath, WaldurJson.FullProvider);
        using var client = _mock.CreateClient();

        await client.IdentityProviders.PartialUpdateAsync("keycloak", new PatchedIdentityProviderRequest
        {
            Label = "Keycloak (staff)",
            IsActive = false,
            ExtraScope = null,
            AttributeMapping = null,
            ProtectedFields = JsonStringList.From([]),
        });

        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("PATCH");
        request.AbsolutePath.Should().Be(ProviderPath);
        WaldurMockServer.ShouldBeJson(request.Body, """{ "label": "Keycloak (staff)", "is_active": false, "extra_scope": null, "attribute_mapping": null, "protected_fields": [] }""");
    }

    [Fact]
    public async Task An_empty_partial_update_sends_an_empty_object()
    {
        _mock.Json("PATCH", ProviderPath, WaldurJson.FullProvider);
        using var client = _mock.CreateClient();

        var request = new PatchedIdentityProviderRequest();
        request.IsEmpty.Should().BeTrue();
        await client.IdentityProviders.PartialUpdateAsync("keycloak", request);

        WaldurMockServer.ShouldBeJson(_mock.Requests.Single().Body, "{}");
    }

    [Fact]
    public async Task Partial_update_can_send_every_field()
    {
        _mock.Json("PATCH", ProviderPath, WaldurJson.FullProvider);
        using var client = _mock.CreateClient();

        await client.IdentityProviders.PartialUpdateAsync("keycloak", new PatchedIdentityProviderRequest
        {
            Provider = "keycloak-2",
            IsActive = true,
            ClientId = "c",
            ClientSecret = "s",
            VerifySsl = false,
            EnablePostLogoutRedirect = true,
            EnablePkce = false,
            DiscoveryUrl = "https://d.example.org/.well-known/openid-configuration",
            Label = "L",
            ManagementUrl = string.Empty,
            ProtectedFields = null,
            ExtraScope = "openid",
            UserField = "email",
            UserClaim = "email",
            AttributeMapping = AttributeMapping.FromClaims([new("email", "mail")]),
            ExtraFields = null,
            AllowedRedirects = null,
        });

        WaldurMockServer.ShouldBeJson(_mock.Requests.Single().Body, """
            {
              "provider": "keycloak-2", "is_active": true, "client_id": "c", "client_secret": "s", "verify_ssl": false,
              "enable_post_logout_redirect": true, "enable_pkce": false, "discovery_url": "https://d.example.org/.well-known/openid-configuration",
              "label": "L", "management_url": "", "protected_fields": null, "extra_scope": "openid", "user_field": "email",
              "user_claim": "email", "attribute_mapping": { "email": "mail" }, "extra_fields": null, "allowed_redirects": null
            }
            """);
    }

    [Fact]
    public async Task Delete_sends_DELETE_to_the_provider_path_and_accepts_204()
    {
        _mock.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(ProviderPath).UsingDelete())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(204));
        using var client = _mock.CreateClient();

        await client.IdentityProviders.DeleteAsync("keycloak");

        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("DELETE");
        request.AbsolutePath.Should().Be(ProviderPath);
    }

    [Fact]
    public async Task Discover_metadata_posts_the_discovery_url_and_maps_the_answer()
    {
        _mock.Json("POST", WaldurMockServer.CollectionPath + "discover_metadata/", """
            {
              "claims_supported": ["sub", "email"],
              "scopes_supported": ["openid", "email"],
              "endpoints": { "authorization_endpoint": "https://idp/auth", "token_endpoint": "https://idp/token" },
              "waldur_fields": [ { "field": "email", "description": "E-mail", "suggested_claims": ["email", "mail"], "available_claims": ["email"] } ],
              "suggested_scopes": ["openid", "email"]
            }
            """);
        using var client = _mock.CreateClient();

        var metadata = await client.IdentityProviders.DiscoverMetadataAsync(new DiscoverMetadataRequest { DiscoveryUrl = "https://idp.example.com/.well-known/openid-configuration", VerifySsl = false });

        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.AbsolutePath.Should().Be(WaldurMockServer.CollectionPath + "discover_metadata/");
        WaldurMockServer.ShouldBeJson(request.Body, """{ "discovery_url": "https://idp.example.com/.well-known/openid-configuration", "verify_ssl": false }""");
        metadata.ClaimsSupported.Should().Equal("sub", "email");
        metadata.ScopesSupported.Should().Equal("openid", "email");
        metadata.Endpoints.Should().Contain("token_endpoint", "https://idp/token");
        var field = metadata.WaldurFields.Should().ContainSingle().Subject;
        field.Should().BeEquivalentTo(new WaldurFieldSuggestion { Field = "email", Description = "E-mail", SuggestedClaims = ["email", "mail"], AvailableClaims = ["email"] });
        metadata.SuggestedScopes.Should().Equal("openid", "email");
    }

    [Fact]
    public async Task Generate_mapping_posts_the_discovery_url_and_maps_the_suggestion()
    {
        _mock.Json("POST", WaldurMockServer.CollectionPath + "generate-mapping/", """{ "attribute_mapping": { "email": "email", "first_name": "given_name" }, "extra_scope": "profile email" }""");
        using var client = _mock.CreateClient();

        var mapping = await client.IdentityProviders.GenerateMappingAsync(new DiscoverMetadataRequest { DiscoveryUrl = "https://idp.example.com/.well-known/openid-configuration" });

        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.AbsolutePath.Should().Be(WaldurMockServer.CollectionPath + "generate-mapping/");
        WaldurMockServer.ShouldBeJson(request.Body, """{ "discovery_url": "https://idp.example.com/.well-known/openid-configuration" }""");
        mapping.AttributeMapping!.Claims.Should().BeEquivalentTo(new Dictionary<string, string> { ["email"] = "email", ["first_name"] = "given_name" });
        mapping.ExtraScope.Should().Be("profile email");
    }

    [Fact]
    public async Task Discovery_reads_are_retried_on_a_transient_failure_but_creates_are_not()
    {
        var discover = WaldurMockServer.CollectionPath + "discover_metadata/";
        _mock.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(discover).UsingPost()).InScenario("d").WillSetStateTo("ok")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(503));
        _mock.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(discover).UsingPost()).InScenario("d").WhenStateIs("ok")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"claims_supported":[],"scopes_supported":[],"endpoints":{},"waldur_fields":[],"suggested_scopes":[]}"""));
        _mock.Json("POST", WaldurMockServer.CollectionPath, """{"detail":"busy"}""", status: 503);
        using var client = _mock.CreateClient();

        await client.IdentityProviders.DiscoverMetadataAsync(new DiscoverMetadataRequest { DiscoveryUrl = "https://idp.example.com/.well-known/openid-configuration" });
        var create = () => client.IdentityProviders.CreateAsync(FullRequest);
        await create.Should().ThrowAsync<IdentityProviders.Sdk.IdentityProviderServerException>();

        _mock.Requests.Count(r => r.AbsolutePath == discover).Should().Be(2);
        _mock.Requests.Count(r => r.AbsolutePath == WaldurMockServer.CollectionPath).Should().Be(1);
    }

    [Fact]
    public async Task A_base_url_with_a_path_keeps_it()
    {
        _mock.Json("GET", "/waldur/api/identity-providers/keycloak/", WaldurJson.FullProvider);
        using var client = _mock.CreateClient(basePath: "/waldur");

        await client.IdentityProviders.RetrieveAsync("keycloak");

        _mock.Requests.Single().AbsolutePath.Should().Be("/waldur/api/identity-providers/keycloak/");
    }

    [Fact]
    public async Task An_OIDC_bearer_token_is_sent_with_the_Bearer_scheme()
    {
        _mock.Json("GET", ProviderPath, WaldurJson.FullProvider);
        using var client = _mock.CreateClient(o => { o.Token = null; o.BearerToken = "eyJ.oidc.token"; });

        await client.IdentityProviders.RetrieveAsync("keycloak");

        WaldurMockServer.Header(_mock.Requests.Single(), "Authorization").Should().Be("Bearer eyJ.oidc.token");
    }

    [Fact]
    public async Task A_bearer_token_provider_is_asked_for_every_request()
    {
        _mock.Json("GET", ProviderPath, WaldurJson.FullProvider);
        var provider = new CountingTokenProvider();
        using var client = _mock.CreateClient(o => { o.Token = null; o.BearerTokenProvider = provider; });

        await client.IdentityProviders.RetrieveAsync("keycloak");
        await client.IdentityProviders.RetrieveAsync("keycloak");

        _mock.Requests.Select(r => WaldurMockServer.Header(r, "Authorization")).Should().Equal("Bearer token-1", "Bearer token-2");
    }

    [Fact]
    public void Options_need_exactly_one_credential()
    {
        var none = new WaldurClientOptions { BaseAddress = new Uri("https://waldur.example.com") };
        var two = new WaldurClientOptions { BaseAddress = new Uri("https://waldur.example.com"), Token = "a", BearerToken = "b" };

        none.Validate().Should().Contain("Give exactly one of Token, BearerToken or BearerTokenProvider.");
        two.Validate().Should().Contain("Give exactly one of Token, BearerToken or BearerTokenProvider.");
        var act = () => new WaldurClient(none);
        act.Should().Throw<ArgumentException>().WithMessage("*exactly one of Token*");
        new WaldurClientOptions { BaseAddress = new Uri("https://waldur.example.com"), Token = "t" }.Validate().Should().BeEmpty();
    }

    private sealed class CountingTokenProvider : IAccessTokenProvider
    {
        private int _count;

        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult("token-" + Interlocked.Increment(ref _count));
    }
}
