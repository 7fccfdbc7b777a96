using Cloudflare.Access.Sdk.Models;
using Cloudflare.Access.Sdk.Tests.TestSupport;

namespace Cloudflare.Access.Sdk.Tests;

/// <summary>The exact HTTP request of every operation at both scopes, and the full mapping of its response.</summary>
public sealed class IdentityProvidersClientRequestTests : IDisposable
{
    private readonly CloudflareMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    private static KeyValuePair<string, string> Q(string name, string value) => new(name, value);

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task ListPage_sends_page_per_page_and_scim_enabled_and_maps_the_envelope(string scopeName)
    {
        var scope = CloudflareMockServer.ScopeOf(scopeName);
        var path = CloudflareMockServer.PathOf(scope);
        var body = CloudflareJson.Envelope(
            "[" + CloudflareJson.Provider("oidc", 4) + "," + CloudflareJson.Provider("saml", 0, id: "8a6b9f1e-0000-4000-8000-000000000002", name: "SAML") + "]",
            """{"page":2,"per_page":2,"count":2,"total_count":7,"total_pages":4}""",
            """[{"code":10100,"message":"listing is eventually consistent"}]""");
        _mock.Json("GET", path, body, headers: ("cf-ray", "8f00aa11bb22cc33-AMS"));
        using var client = _mock.CreateClient();

        var page = await client.IdentityProviders.ListPageAsync(scope, new IdentityProviderListOptions { Page = 2, PerPage = 2, ScimEnabled = true });

        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("GET");
        request.AbsolutePath.Should().Be(path);
        CloudflareMockServer.QueryPairs(request).Should().Equal(Q("page", "2"), Q("per_page", "2"), Q("scim_enabled", "true"));
        CloudflareMockServer.Header(request, "Authorization").Should().Be("Bearer " + CloudflareMockServer.Token);
        CloudflareMockServer.HasHeader(request, "X-Auth-Key").Should().BeFalse();
        request.Body.Should().BeNullOrEmpty();

        page.StatusCode.Should().Be(200);
        page.RequestId.Should().Be("8f00aa11bb22cc33-AMS");
        page.Result.Select(p => p.GetType()).Should().Equal(typeof(OidcIdentityProvider), typeof(SamlIdentityProvider));
        page.Result[0].Should().BeOfType<OidcIdentityProvider>().Which.Config.ClientId.Should().Be("oidc-client");
        page.Result[1].Name.Should().Be("SAML");
        page.ResultInfo.Should().BeEquivalentTo(new CloudflareResultInfo { Page = 2, PerPage = 2, Count = 2, TotalCount = 7, TotalPages = 4 });
        page.Messages.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = 10100, Message = "listing is eventually consistent" }, o => o.ExcludingMissingMembers());
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task ListPage_without_options_sends_no_query(string scopeName)
    {
        var scope = CloudflareMockServer.ScopeOf(scopeName);
        _mock.Json("GET", CloudflareMockServer.PathOf(scope), CloudflareJson.Page(["1"], 1, 20, 1, 1));
        using var client = _mock.CreateClient();

        var page = await client.IdentityProviders.ListPageAsync(scope);

        page.Result.Should().ContainSingle();
        CloudflareMockServer.QueryPairs(_mock.Requests.Single()).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task Get_sends_the_id_in_the_path_and_returns_the_typed_variant(string scopeName)
    {
        var scope = CloudflareMockServer.ScopeOf(scopeName);
        var path = CloudflareMockServer.PathOf(scope) + "/" + CloudflareJson.OidcId;
        _mock.Json("GET", path, CloudflareJson.Envelope(CloudflareJson.Provider("okta", 3), messages: """[{"code":1001,"message":"note"}]"""));
        using var client = _mock.CreateClient();

        var response = await client.IdentityProviders.GetWithResponseAsync(CloudflareJson.OidcId, scope);

        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("GET");
        request.AbsolutePath.Should().Be(path);
        CloudflareMockServer.QueryPairs(request).Should().BeEmpty();
        response.StatusCode.Should().Be(200);
        response.Messages.Select(m => m.Message).Should().Equal("note");
        var okta = response.Result.Should().BeOfType<OktaIdentityProvider>().Subject;
        okta.Id.Should().Be(CloudflareJson.OidcId);
        okta.Config.Should().BeEquivalentTo(new
        {
            ClientId = "okta-client",
            ClientSecret = "okta-secret",
            Claims = new[] { "groups" },
            EmailClaimName = "email",
            AuthorizationServerId = "aus9o8wzkhckw9TLa0h7z",
            OktaAccount = "https://dev-abc123.oktapreview.com",
        });
        okta.ScimConfig!.Enabled.Should().BeTrue();

        (await client.IdentityProviders.GetAsync(CloudflareJson.OidcId, scope)).Should().BeOfType<OktaIdentityProvider>();
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task Create_posts_the_variant_without_id_and_returns_201_and_the_created_provider(string scopeName)
    {
        var scope = CloudflareMockServer.ScopeOf(scopeName);
        var path = CloudflareMockServer.PathOf(scope);
        _mock.Json("POST", path, CloudflareJson.Envelope(CloudflareJson.Provider("github", 0, withScim: false)), status: 201);
        using var client = _mock.CreateClient();

        var response = await client.IdentityProviders.CreateWithResponseAsync(
            new GitHubIdentityProvider { Id = "ignored-on-create", Name = "GitHub", Config = new GitHubConfig { ClientId = "gh-client", ClientSecret = "gh-secret" } },
            scope);

        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.AbsolutePath.Should().Be(path);
        CloudflareMockServer.Header(request, "Content-Type").Should().StartWith("application/json");
        CloudflareMockServer.ShouldBeJson(request.Body, """{"name":"GitHub","type":"github","config":{"client_id":"gh-client","client_secret":"gh-secret"}}""");
        response.StatusCode.Should().Be(201);
        response.Result.Should().BeOfType<GitHubIdentityProvider>().Which.Id.Should().Be(CloudflareJson.OidcId);
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task Update_puts_the_whole_provider_to_its_id(string scopeName)
    {
        var scope = CloudflareMockServer.ScopeOf(scopeName);
        var path = CloudflareMockServer.PathOf(scope) + "/" + CloudflareJson.OidcId;
        _mock.Json("PUT", path, CloudflareJson.Envelope(CloudflareJson.Provider("saml", 4)));
        using var client = _mock.CreateClient();

        var updated = await client.IdentityProviders.UpdateAsync(
            CloudflareJson.OidcId,
            new SamlIdentityProvider
            {
                Id = CloudflareJson.OidcId,
                Name = "SAML",
                Config = new SamlConfig { IssuerUrl = "https://whoami.com", SsoTargetUrl = "https://edgeaccess.org/idp/saml/login", SignRequest = true },
                ScimConfig = new IdentityProviderScimConfig { Enabled = true, UserDeprovision = true, SeatDeprovision = true },
            },
            scope);

        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("PUT");
        request.AbsolutePath.Should().Be(path);
        CloudflareMockServer.ShouldBeJson(
            request.Body,
            $$$"""{"id":"{{{CloudflareJson.OidcId}}}","name":"SAML","type":"saml","config":{"issuer_url":"https://whoami.com","sign_request":true,"sso_target_url":"https://edgeaccess.org/idp/saml/login"},"scim_config":{"enabled":true,"seat_deprovision":true,"user_deprovision":true}}""");
        updated.Should().BeOfType<SamlIdentityProvider>().Which.Config.HeaderAttributes.Should().ContainSingle();
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task Delete_sends_delete_and_returns_the_id_from_the_202_result(string scopeName)
    {
        var scope = CloudflareMockServer.ScopeOf(scopeName);
        var path = CloudflareMockServer.PathOf(scope) + "/" + CloudflareJson.OidcId;
        _mock.Json("DELETE", path, CloudflareJson.Envelope($$"""{"id":"{{CloudflareJson.OidcId}}"}"""), status: 202);
        using var client = _mock.CreateClient();

        var response = await client.IdentityProviders.DeleteWithResponseAsync(CloudflareJson.OidcId, scope);

        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("DELETE");
        request.AbsolutePath.Should().Be(path);
        request.Body.Should().BeNullOrEmpty();
        response.StatusCode.Should().Be(202);
        response.Result.Should().Be(CloudflareJson.OidcId);
        (await client.IdentityProviders.DeleteAsync(CloudflareJson.OidcId, scope)).Should().Be(CloudflareJson.OidcId);
    }

    [Fact]
    public async Task The_client_default_scope_is_used_when_a_call_names_none_and_a_call_scope_wins()
    {
        _mock.Json("GET", CloudflareMockServer.ZonePath + "/x", CloudflareJson.Envelope(CloudflareJson.Minimal("x")));
        _mock.Json("GET", CloudflareMockServer.AccountPath + "/x", CloudflareJson.Envelope(CloudflareJson.Minimal("x")));
        using var client = _mock.CreateClient(o => o.ZoneId = CloudflareMockServer.Zone);

        await client.IdentityProviders.GetAsync("x");
        await client.IdentityProviders.GetAsync("x", CloudflareScope.Account(CloudflareMockServer.Account));

        client.IdentityProviders.DefaultScope.Should().Be(CloudflareScope.Zone(CloudflareMockServer.Zone));
        _mock.Requests.Select(r => r.AbsolutePath).Should().Equal(CloudflareMockServer.ZonePath + "/x", CloudflareMockServer.AccountPath + "/x");
    }

    [Fact]
    public async Task Email_and_global_api_key_are_sent_as_x_auth_headers()
    {
        _mock.Json("GET", CloudflareMockServer.AccountPath + "/x", CloudflareJson.Envelope(CloudflareJson.Minimal("x")));
        using var client = _mock.CreateClient(o =>
        {
            o.ApiToken = null;
            o.Email = "admin@example.com";
            o.ApiKey = "144c9defac04969c7bfad8efaa8ea194";
        });

        await client.IdentityProviders.GetAsync("x", CloudflareScope.Account(CloudflareMockServer.Account));

        var request = _mock.Requests.Single();
        CloudflareMockServer.Header(request, "X-Auth-Email").Should().Be("admin@example.com");
        CloudflareMockServer.Header(request, "X-Auth-Key").Should().Be("144c9defac04969c7bfad8efaa8ea194");
        CloudflareMockServer.HasHeader(request, "Authorization").Should().BeFalse();
    }

    [Fact]
    public async Task A_user_service_key_is_sent_as_its_header()
    {
        _mock.Json("GET", CloudflareMockServer.AccountPath + "/x", CloudflareJson.Envelope(CloudflareJson.Minimal("x")));
        using var client = _mock.CreateClient(o =>
        {
            o.ApiToken = null;
            o.UserServiceKey = "v1.0-user-service-key";
        });

        await client.IdentityProviders.GetAsync("x", CloudflareScope.Account(CloudflareMockServer.Account));

        var request = _mock.Requests.Single();
        CloudflareMockServer.Header(request, "X-Auth-User-Service-Key").Should().Be("v1.0-user-service-key");
        CloudflareMockServer.HasHeader(request, "Authorization").Should().BeFalse();
    }

    [Fact]
    public async Task Ids_are_escaped_in_the_path()
    {
        _mock.Json("GET", CloudflareMockServer.AccountPath + "/*", CloudflareJson.Envelope(CloudflareJson.Minimal("x")));
        using var client = _mock.CreateClient(o => o.AccountId = CloudflareMockServer.Account);

        await client.IdentityProviders.GetAsync("a/b c");

        _mock.Requests.Single().Url.Should().Contain("/identity_providers/a%2Fb");
    }

    [Fact]
    public async Task The_base_address_path_is_kept_with_or_without_a_trailing_slash()
    {
        _mock.Json("GET", CloudflareMockServer.AccountPath + "/x", CloudflareJson.Envelope(CloudflareJson.Minimal("x")));
        using var client = _mock.CreateClient(o => o.BaseAddress = new Uri(_mock.Url + "/client/v4/"));

        await client.IdentityProviders.GetAsync("x", CloudflareScope.Account(CloudflareMockServer.Account));

        _mock.Requests.Single().AbsolutePath.Should().Be(CloudflareMockServer.AccountPath + "/x");
    }

    [Fact]
    public void Options_default_to_the_real_base_url()
    {
        new CloudflareAccessClientOptions().BaseAddress.Should().Be(new Uri("https://api.cloudflare.com/client/v4"));
    }

    public static TheoryData<string> Scopes() => CloudflareMockServer.Scopes;
}
