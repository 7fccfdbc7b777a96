using System.Text;
using IdentityProviders.Sdk;
using Keycard.Sdk.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Keycard.Sdk.Tests;

/// <summary>OAuth 2.0 client credentials: one token fetched, cached, shared by concurrent callers and refreshed before expiry.</summary>
public sealed class KeycardClientCredentialsTests : IDisposable
{
    private const string TokenPath = "/oauth/token";
    private const string ProviderPath = "/zones/zone_1/providers/prv_1";
    private const string ClientId = "cc-client";
    private const string ClientSecret = "cc-secret-value";
    private readonly KeycardMockServer _mock = new();

    public KeycardClientCredentialsTests()
    {
        _mock.Json("GET", ProviderPath, KeycardJson.Provider("prv_1"));
    }

    public void Dispose() => _mock.Dispose();

    private static string TokenBody(string token, int expiresIn = 3600) =>
        $$"""{"access_token":"{{token}}","token_type":"Bearer","expires_in":{{expiresIn}}}""";

    /// <summary>The token endpoint hands out tok-1, tok-2, ... in turn.</summary>
    private void TokenSequence(int count, int expiresIn = 3600)
    {
        for (var i = 1; i <= count; i++)
        {
            var request = Request.Create().WithPath(TokenPath).UsingPost();
            var mapping = _mock.Server.Given(request).InScenario("tokens");
            mapping = i == 1 ? mapping : mapping.WhenStateIs("issued-" + (i - 1));
            mapping.WillSetStateTo("issued-" + i)
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(TokenBody("tok-" + i, expiresIn)));
        }
    }

    private KeycardClient CreateClient(TimeProvider? time = null, string? scope = null)
    {
        var options = _mock.Options();
        options.Token = null;
        options.ClientCredentials = new KeycardClientCredentials
        {
            TokenEndpoint = new Uri(_mock.Url + TokenPath),
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            Scope = scope,
        };
        if (time is not null)
        {
            options.TimeProvider = time;
        }

        return new KeycardClient(options);
    }

    private IEnumerable<string> ApiAuthorizations => _mock.RequestsTo("/zones").Select(r => KeycardMockServer.Header(r, "Authorization"));

    [Fact]
    public async Task The_token_is_requested_once_with_basic_client_authentication_and_reused()
    {
        TokenSequence(2);
        using var client = CreateClient(scope: "providers:read providers:write");

        for (var i = 0; i < 3; i++)
        {
            (await client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1")).Id.Should().Be("prv_1");
        }

        var token = _mock.RequestsTo(TokenPath).Should().ContainSingle().Subject;
        token.Method.Should().Be("POST");
        KeycardMockServer.Header(token, "Authorization").Should().Be("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":" + ClientSecret)));
        KeycardMockServer.Header(token, "Content-Type").Should().StartWith("application/x-www-form-urlencoded");
        KeycardMockServer.Header(token, "Accept").Should().Be("application/json");
        token.Body.Should().Be("grant_type=client_credentials&scope=providers%3Aread+providers%3Awrite");
        ApiAuthorizations.Should().Equal("Bearer tok-1", "Bearer tok-1", "Bearer tok-1");
        _mock.Requests[0].AbsolutePath.Should().Be(TokenPath, "the token is fetched before the first API call");
    }

    [Fact]
    public async Task Without_a_scope_only_the_grant_type_is_sent()
    {
        TokenSequence(1);
        using var client = CreateClient();

        await client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        _mock.RequestsTo(TokenPath).Single().Body.Should().Be("grant_type=client_credentials");
    }

    [Fact]
    public async Task Twenty_concurrent_calls_on_a_cold_cache_fetch_one_token()
    {
        TokenSequence(20);
        using var client = CreateClient();

        var calls = Enumerable.Range(0, 20).Select(_ => Task.Run(() => client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1")));
        var providers = await Task.WhenAll(calls);

        providers.Should().HaveCount(20).And.OnlyContain(p => p.Id == "prv_1");
        _mock.RequestsTo(TokenPath).Should().ContainSingle();
        ApiAuthorizations.Should().HaveCount(20).And.OnlyContain(a => a == "Bearer tok-1");
    }

    [Fact]
    public async Task The_token_is_refreshed_shortly_before_it_expires()
    {
        TokenSequence(3);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        using var client = CreateClient(time);

        await client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        // A 3600 s token is refreshed 60 s before it expires: still cached at 3539 s, refreshed at 3541 s.
        time.Advance(TimeSpan.FromSeconds(3539));
        await client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");
        _mock.RequestsTo(TokenPath).Should().ContainSingle();

        time.Advance(TimeSpan.FromSeconds(2));
        await client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");
        await client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        _mock.RequestsTo(TokenPath).Should().HaveCount(2);
        ApiAuthorizations.Should().Equal("Bearer tok-1", "Bearer tok-1", "Bearer tok-2", "Bearer tok-2");
    }

    [Fact]
    public async Task A_short_lived_token_is_refreshed_at_half_its_lifetime()
    {
        TokenSequence(3, expiresIn: 60);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        using var client = CreateClient(time);

        await client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");
        time.Advance(TimeSpan.FromSeconds(29));
        await client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");
        time.Advance(TimeSpan.FromSeconds(1));
        await client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        ApiAuthorizations.Should().Equal("Bearer tok-1", "Bearer tok-1", "Bearer tok-2");
    }

    [Fact]
    public async Task An_invalid_client_answered_with_400_is_an_authentication_failure()
    {
        _mock.Json("POST", TokenPath, """{"error":"invalid_client","error_description":"unknown client"}""", 400);
        using var client = CreateClient();

        var act = () => client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderAuthenticationException>()).Which;
        error.StatusCode.Should().Be(401);
        error.ErrorCodes.Should().Equal("invalid_client");
        error.ErrorMessages.Should().Equal("unknown client");
        error.Vendor.Should().Be("keycard");
        error.Operation.Should().Be("oauth.token");
        _mock.RequestsTo("/zones").Should().BeEmpty();
    }

    [Fact]
    public async Task A_token_response_without_access_token_is_a_response_format_error()
    {
        _mock.Json("POST", TokenPath, """{"token_type":"Bearer"}""");
        using var client = CreateClient();

        var act = () => client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        (await act.Should().ThrowExactlyAsync<IdentityProviderResponseFormatException>()).Which.Operation.Should().Be("oauth.token");
        _mock.RequestsTo("/zones").Should().BeEmpty();
    }
}
