using System.Text.Json;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Http;
using IdentityProviders.Sdk.Json;
using Keycard.Sdk.Models;
using Keycard.Sdk.Tests.TestSupport;

namespace Keycard.Sdk.Tests;

/// <summary>The exact HTTP request of every providers operation, as a server receives it.</summary>
public sealed class ProvidersClientRequestTests : IDisposable
{
    private const string ProvidersPath = "/zones/zone_1/providers";
    private readonly KeycardMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    private static QueryParam Q(string name, string value) => new(name, value);

    [Fact]
    public async Task ListPage_with_default_options_sends_no_query_parameters()
    {
        _mock.Json("GET", ProvidersPath, KeycardJson.Page(["prv_1"], hasNext: false));
        using var client = _mock.CreateClient();

        var page = await client.Zones.Providers.ListPageAsync(KeycardMockServer.Zone);

        page.Items.Select(p => p.Id).Should().Equal("prv_1");
        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("GET");
        request.AbsolutePath.Should().Be(ProvidersPath);
        KeycardMockServer.QueryPairs(request).Should().BeEmpty();
        request.Body.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task ListAsync_without_options_sends_no_query_parameters()
    {
        _mock.Json("GET", ProvidersPath, KeycardJson.Page(["prv_1", "prv_2"], hasNext: false));
        using var client = _mock.CreateClient();

        var ids = new List<string>();
        await foreach (var provider in client.Zones.Providers.ListAsync(KeycardMockServer.Zone))
        {
            ids.Add(provider.Id);
        }

        ids.Should().Equal("prv_1", "prv_2");
        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.AbsolutePath.Should().Be(ProvidersPath);
        KeycardMockServer.QueryPairs(request).Should().BeEmpty();
    }

    [Fact]
    public async Task ListPage_sends_every_parameter_with_its_wire_name_and_expand_as_repeated_array_parameter()
    {
        _mock.Json("GET", ProvidersPath, KeycardJson.Page([], hasNext: false));
        using var client = _mock.CreateClient();

        await client.Zones.Providers.ListPageAsync(KeycardMockServer.Zone, new ProviderListOptions
        {
            After = "cur/after+1=",
            Limit = 37,
            Expand = [ProviderListExpand.TotalCount, "other"],
            Identifier = "https://acme.okta.com/a b",
            Slug = "acme-okta",
            Type = KeycardProviderType.KeycardVault,
        });

        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.AbsolutePath.Should().Be(ProvidersPath);
        KeycardMockServer.QueryPairs(request).Should().BeEquivalentTo(
        [
            Q("after", "cur/after+1="),
            Q("limit", "37"),
            Q("expand[]", "total_count"),
            Q("expand[]", "other"),
            Q("identifier", "https://acme.okta.com/a b"),
            Q("slug", "acme-okta"),
            Q("type", "keycard-vault"),
        ]);
        KeycardMockServer.QueryPairs(request).Where(p => p.Name == "expand[]").Select(p => p.Value).Should().Equal("total_count", "other");
    }

    [Fact]
    public async Task ListPage_sends_before_and_the_legacy_cursor_parameter()
    {
        _mock.Json("GET", ProvidersPath, KeycardJson.Page([], hasNext: false));
        using var client = _mock.CreateClient();

        await client.Zones.Providers.ListPageAsync(KeycardMockServer.Zone, new ProviderListOptions { Before = "b-cursor" });
        await client.Zones.Providers.ListPageAsync(KeycardMockServer.Zone, new ProviderListOptions { Cursor = "legacy-cursor", Type = KeycardProviderType.External });

        var requests = _mock.Requests;
        requests.Should().HaveCount(2);
        KeycardMockServer.QueryPairs(requests[0]).Should().Equal(Q("before", "b-cursor"));
        KeycardMockServer.QueryPairs(requests[1]).Should().BeEquivalentTo([Q("cursor", "legacy-cursor"), Q("type", "external")]);
    }

    [Fact]
    public async Task Create_sends_only_the_set_fields_in_snake_case()
    {
        _mock.Json("POST", ProvidersPath, KeycardJson.Provider("prv_new"));
        using var client = _mock.CreateClient();

        var created = await client.Zones.Providers.CreateAsync(KeycardMockServer.Zone, new ProviderCreateRequest { Name = "Acme", Identifier = "https://acme.example.com" });

        created.Id.Should().Be("prv_new");
        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.AbsolutePath.Should().Be(ProvidersPath);
        KeycardMockServer.QueryPairs(request).Should().BeEmpty();
        KeycardMockServer.Header(request, "Content-Type").Should().StartWith("application/json");
        KeycardMockServer.ShouldBeJson(request.Body, """{"name":"Acme","identifier":"https://acme.example.com"}""");
    }

    [Fact]
    public async Task Create_sends_every_field_including_nested_protocols()
    {
        _mock.Json("POST", ProvidersPath, KeycardJson.Provider("prv_new"));
        using var client = _mock.CreateClient();
        using var metadata = JsonDocument.Parse("""{"env":"prod","n":1}""");

        await client.Zones.Providers.CreateAsync(KeycardMockServer.Zone, new ProviderCreateRequest
        {
            Name = "Acme Okta",
            Identifier = "https://acme.okta.com",
            Slug = "acme-okta",
            Description = "Okta for Acme",
            Type = KeycardProviderType.External,
            ClientId = "cid-1",
            ClientSecret = "create-secret-1",
            Metadata = metadata.RootElement,
            Protocols = new ProviderProtocols
            {
                OAuth2 = new ProviderOAuth2Protocol
                {
                    Issuer = "https://acme.okta.com",
                    AuthorizationEndpoint = "https://acme.okta.com/authorize",
                    AuthorizationParameters = new Dictionary<string, string> { ["prompt"] = "consent" },
                    AuthorizationResourceEnabled = false,
                    AuthorizationResourceParameter = "resource",
                    CodeChallengeMethodsSupported = ["S256"],
                    JwksUri = "https://acme.okta.com/keys",
                    RegistrationEndpoint = "https://acme.okta.com/register",
                    ScopeParameter = "scope",
                    ScopeSeparator = " ",
                    ScopesSupported = ["openid", "email"],
                    TokenEndpoint = "https://acme.okta.com/token",
                    TokenResponseAccessTokenPointer = "access_token",
                },
                OpenId = new ProviderOpenIdProtocol
                {
                    UserinfoEndpoint = "https://acme.okta.com/userinfo",
                    Scopes = ["openid"],
                    UserIdentifierClaim = "sub",
                },
            },
        });

        var request = _mock.Requests.Should().ContainSingle().Subject;
        KeycardMockServer.ShouldBeJson(request.Body, """
            {
              "name": "Acme Okta",
              "identifier": "https://acme.okta.com",
              "slug": "acme-okta",
              "description": "Okta for Acme",
              "type": "external",
              "client_id": "cid-1",
              "client_secret": "create-secret-1",
              "metadata": { "env": "prod", "n": 1 },
              "protocols": {
                "oauth2": {
                  "issuer": "https://acme.okta.com",
                  "authorization_endpoint": "https://acme.okta.com/authorize",
                  "authorization_parameters": { "prompt": "consent" },
                  "authorization_resource_enabled": false,
                  "authorization_resource_parameter": "resource",
                  "code_challenge_methods_supported": ["S256"],
                  "jwks_uri": "https://acme.okta.com/keys",
                  "registration_endpoint": "https://acme.okta.com/register",
                  "scope_parameter": "scope",
                  "scope_separator": " ",
                  "scopes_supported": ["openid", "email"],
                  "token_endpoint": "https://acme.okta.com/token",
                  "token_response_access_token_pointer": "access_token"
                },
                "openid": {
                  "userinfo_endpoint": "https://acme.okta.com/userinfo",
                  "scopes": ["openid"],
                  "user_identifier_claim": "sub"
                }
              }
            }
            """);
    }

    [Fact]
    public async Task Create_omits_null_nested_protocol_fields()
    {
        _mock.Json("POST", ProvidersPath, KeycardJson.Provider("prv_new"));
        using var client = _mock.CreateClient();

        await client.Zones.Providers.CreateAsync(KeycardMockServer.Zone, new ProviderCreateRequest
        {
            Name = "GitHub",
            Identifier = "https://github.com",
            Protocols = new ProviderProtocols { OAuth2 = new ProviderOAuth2Protocol { TokenEndpoint = "https://github.com/login/oauth/access_token" } },
        });

        KeycardMockServer.ShouldBeJson(_mock.Requests.Single().Body, """
            {"name":"GitHub","identifier":"https://github.com","protocols":{"oauth2":{"token_endpoint":"https://github.com/login/oauth/access_token"}}}
            """);
    }

    [Fact]
    public async Task Retrieve_sends_GET_to_the_provider_path_without_body_or_query()
    {
        _mock.Json("GET", ProvidersPath + "/prv_1", KeycardJson.Provider("prv_1"));
        using var client = _mock.CreateClient();

        var provider = await client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        provider.Id.Should().Be("prv_1");
        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("GET");
        request.AbsolutePath.Should().Be(ProvidersPath + "/prv_1");
        KeycardMockServer.QueryPairs(request).Should().BeEmpty();
        request.Body.Should().BeNullOrEmpty();
    }

    public static TheoryData<string, ProviderUpdateRequest, string> UpdateBodies() => new()
    {
        { "empty", new ProviderUpdateRequest(), "{}" },
        { "name only", new ProviderUpdateRequest { Name = "Renamed" }, """{"name":"Renamed"}""" },
        { "description cleared", new ProviderUpdateRequest { Description = null }, """{"description":null}""" },
        { "description set", new ProviderUpdateRequest { Description = "New text" }, """{"description":"New text"}""" },
        {
            "client fields",
            new ProviderUpdateRequest { Identifier = "https://new.example.com", ClientId = null, ClientSecret = "rotated-secret" },
            """{"identifier":"https://new.example.com","client_id":null,"client_secret":"rotated-secret"}"""
        },
        { "client secret cleared", new ProviderUpdateRequest { ClientSecret = null }, """{"client_secret":null}""" },
        { "metadata cleared", new ProviderUpdateRequest { Metadata = (JsonElement?)null }, """{"metadata":null}""" },
        { "metadata set", new ProviderUpdateRequest { Metadata = JsonDocument.Parse("""{"k":[1,2]}""").RootElement.Clone() }, """{"metadata":{"k":[1,2]}}""" },
        { "protocols cleared", new ProviderUpdateRequest { Protocols = null }, """{"protocols":null}""" },
        { "oauth2 cleared", new ProviderUpdateRequest { Protocols = new ProviderProtocolsUpdate { OAuth2 = null } }, """{"protocols":{"oauth2":null}}""" },
        { "openid cleared", new ProviderUpdateRequest { Protocols = new ProviderProtocolsUpdate { OpenId = null } }, """{"protocols":{"openid":null}}""" },
        { "protocols empty", new ProviderUpdateRequest { Protocols = new ProviderProtocolsUpdate() }, """{"protocols":{}}""" },
        {
            "nested optional fields",
            new ProviderUpdateRequest
            {
                Protocols = new ProviderProtocolsUpdate
                {
                    OAuth2 = new ProviderOAuth2ProtocolUpdate
                    {
                        TokenEndpoint = "https://idp.example.com/token",
                        JwksUri = null,
                        ScopesSupported = new Optional<IReadOnlyList<string>?>(["openid", "email"]),
                        CodeChallengeMethodsSupported = new Optional<IReadOnlyList<string>?>(null),
                        AuthorizationParameters = new Optional<IReadOnlyDictionary<string, string>?>(new Dictionary<string, string> { ["prompt"] = "login" }),
                        AuthorizationResourceEnabled = true,
                        Issuer = null,
                    },
                    OpenId = new ProviderOpenIdProtocolUpdate { UserIdentifierClaim = null, Scopes = new Optional<IReadOnlyList<string>?>(["openid"]) },
                },
            },
            """
            {"protocols":{
              "oauth2":{"token_endpoint":"https://idp.example.com/token","jwks_uri":null,"scopes_supported":["openid","email"],
                        "code_challenge_methods_supported":null,"authorization_parameters":{"prompt":"login"},
                        "authorization_resource_enabled":true,"issuer":null},
              "openid":{"user_identifier_claim":null,"scopes":["openid"]}}}
            """
        },
        {
            "every oauth2 field set",
            new ProviderUpdateRequest
            {
                Protocols = new ProviderProtocolsUpdate
                {
                    OAuth2 = new ProviderOAuth2ProtocolUpdate
                    {
                        Issuer = "https://i",
                        AuthorizationEndpoint = "https://i/a",
                        AuthorizationResourceEnabled = new Optional<bool?>(null),
                        AuthorizationResourceParameter = "aud",
                        RegistrationEndpoint = "https://i/r",
                        ScopeParameter = "user_scope",
                        ScopeSeparator = ",",
                        TokenResponseAccessTokenPointer = "authed_user.access_token",
                    },
                    OpenId = new ProviderOpenIdProtocolUpdate { UserinfoEndpoint = "https://i/u" },
                },
            },
            """
            {"protocols":{
              "oauth2":{"issuer":"https://i","authorization_endpoint":"https://i/a","authorization_resource_enabled":null,
                        "authorization_resource_parameter":"aud","registration_endpoint":"https://i/r","scope_parameter":"user_scope",
                        "scope_separator":",","token_response_access_token_pointer":"authed_user.access_token"},
              "openid":{"userinfo_endpoint":"https://i/u"}}}
            """
        },
    };

    [Theory]
    [MemberData(nameof(UpdateBodies))]
    public async Task Update_sends_PATCH_with_only_the_set_fields(string because, ProviderUpdateRequest update, string expectedBody)
    {
        _mock.Json("PATCH", ProvidersPath + "/prv_1", KeycardJson.Provider("prv_1"));
        using var client = _mock.CreateClient();

        var updated = await client.Zones.Providers.UpdateAsync(KeycardMockServer.Zone, "prv_1", update);

        updated.Id.Should().Be("prv_1", because);
        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("PATCH");
        request.AbsolutePath.Should().Be(ProvidersPath + "/prv_1");
        KeycardMockServer.QueryPairs(request).Should().BeEmpty();
        KeycardMockServer.Header(request, "Content-Type").Should().StartWith("application/json");
        KeycardMockServer.ShouldBeJson(request.Body, expectedBody);
    }

    [Fact]
    public async Task Delete_sends_DELETE_and_accepts_204()
    {
        _mock.Server
            .Given(WireMock.RequestBuilders.Request.Create().WithPath(ProvidersPath + "/prv_1").UsingDelete())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(204));
        using var client = _mock.CreateClient();

        await client.Zones.Providers.DeleteAsync(KeycardMockServer.Zone, "prv_1");

        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("DELETE");
        request.AbsolutePath.Should().Be(ProvidersPath + "/prv_1");
        KeycardMockServer.QueryPairs(request).Should().BeEmpty();
        request.Body.Should().BeNullOrEmpty();
    }

    [Theory]
    [InlineData("/keycard/v1")]
    [InlineData("/keycard/v1/")]
    public async Task A_base_address_path_is_kept(string basePath)
    {
        _mock.Json("GET", "/keycard/v1/zones/zone_1/providers/prv_1", KeycardJson.Provider("prv_1"));
        using var client = _mock.CreateClient(basePath: basePath);

        var provider = await client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        provider.Id.Should().Be("prv_1");
        _mock.Requests.Should().ContainSingle().Which.AbsolutePath.Should().Be("/keycard/v1/zones/zone_1/providers/prv_1");
    }

    [Fact]
    public async Task Every_request_carries_the_bearer_token_and_the_sdk_user_agent()
    {
        _mock.Json("GET", ProvidersPath, KeycardJson.Page([], hasNext: false));
        _mock.Json("GET", ProvidersPath + "/prv_1", KeycardJson.Provider("prv_1"));
        _mock.Json("POST", ProvidersPath, KeycardJson.Provider("prv_1"));
        _mock.Json("PATCH", ProvidersPath + "/prv_1", KeycardJson.Provider("prv_1"));
        _mock.Server
            .Given(WireMock.RequestBuilders.Request.Create().WithPath(ProvidersPath + "/prv_1").UsingDelete())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(204));
        using var client = _mock.CreateClient(o => o.UserAgentSuffix = "my-admin-tool/1.2");
        var providers = client.Zones.Providers;

        await providers.ListPageAsync(KeycardMockServer.Zone);
        await providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");
        await providers.CreateAsync(KeycardMockServer.Zone, new ProviderCreateRequest { Name = "n", Identifier = "i" });
        await providers.UpdateAsync(KeycardMockServer.Zone, "prv_1", new ProviderUpdateRequest { Name = "m" });
        await providers.DeleteAsync(KeycardMockServer.Zone, "prv_1");

        var requests = _mock.Requests;
        requests.Select(r => r.Method).Should().Equal("GET", "GET", "POST", "PATCH", "DELETE");
        foreach (var request in requests)
        {
            KeycardMockServer.Header(request, "Authorization").Should().Be("Bearer " + KeycardMockServer.Token);
            var userAgent = KeycardMockServer.Header(request, "User-Agent");
            userAgent.Should().StartWith("Keycard.Sdk/0.1.0 ").And.Contain(" IdentityProviders.Sdk/0.1.0 ").And.EndWith(" my-admin-tool/1.2");
        }
    }

    [Fact]
    public async Task Path_segments_are_escaped_so_an_id_with_slash_or_question_mark_stays_one_segment()
    {
        _mock.Server
            .Given(WireMock.RequestBuilders.Request.Create().UsingAnyMethod())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(KeycardJson.Provider("prv_1")));
        var options = _mock.Options();
        var recorder = new RecordingHandler();
        using var http = HttpPipeline.CreateHttpClient(options, IdentityProviderVendor.Keycard, typeof(KeycardClient).Assembly, KeycardClient.CreateAuthenticator(options, out _), recorder);
        using var client = new KeycardClient(http, options);

        await client.Zones.Providers.RetrieveAsync("zone/a", "a/b?c=d#e");
        await client.Zones.Providers.UpdateAsync("zone 1", "x%2Fy", new ProviderUpdateRequest { Name = "n" });
        await client.Zones.Providers.DeleteAsync("z", "100%");

        // What the server saw: the slash and question mark stayed inside their segments, nothing leaked into the query.
        var received = _mock.Requests;
        received.Should().HaveCount(3);
        received[0].Url.Should().Be(_mock.Url + "/zones/zone%2Fa/providers/a%2Fb%3Fc=d%23e");
        received[0].RawQuery.Should().BeNullOrEmpty();
        received.Select(r => r.Method).Should().Equal("GET", "PATCH", "DELETE");

        // What the client sent, byte for byte: every reserved character of a segment is percent-encoded, '%' included.
        recorder.Uris.Select(u => u.PathAndQuery).Should().Equal(
            "/zones/zone%2Fa/providers/a%2Fb%3Fc%3Dd%23e",
            "/zones/zone%201/providers/x%252Fy",
            "/zones/z/providers/100%25");
    }
}
