using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace IdentityProviders.Emulator.Tests.Keycard;

public sealed class KeycardAuthTests : EmulatorTestBase
{
    protected override void Configure(EmulatorOptions options) =>
        options.KeycardAccessTokenLifetime = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Missing_token_is_401_with_error_body_and_bearer_challenge()
    {
        var (response, body) = await GetAsync(Providers, Anonymous);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        ShouldBeKeycardError(body, 401, "unauthorized");
        response.Headers.WwwAuthenticate.Should().ContainSingle().Which.Scheme.Should().Be("Bearer");
    }

    [Theory]
    [InlineData("Bearer", "wrong-token")]
    [InlineData("Basic", "a2V5Y2FyZC1lbXVsYXRvci10b2tlbg==")]
    [InlineData("Token", "keycard-emulator-token")]
    public async Task Wrong_token_or_scheme_is_401(string scheme, string credentials)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Providers}/prv_seed0000000000000001");
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme, credentials);

        using var response = await Anonymous.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        ShouldBeKeycardError(await ReadJsonAsync(response), 401, "unauthorized");
        response.Headers.WwwAuthenticate.Should().ContainSingle().Which.Scheme.Should().Be("Bearer");
    }

    [Fact]
    public async Task Every_providers_route_requires_the_token()
    {
        var calls = new[]
        {
            new HttpRequestMessage(HttpMethod.Get, Providers),
            new HttpRequestMessage(HttpMethod.Post, Providers) { Content = Json("""{"name":"x","identifier":"y"}""") },
            new HttpRequestMessage(HttpMethod.Get, $"{Providers}/prv_seed0000000000000001"),
            new HttpRequestMessage(HttpMethod.Patch, $"{Providers}/prv_seed0000000000000001") { Content = Json("{}") },
            new HttpRequestMessage(HttpMethod.Delete, $"{Providers}/prv_seed0000000000000001"),
            new HttpRequestMessage(HttpMethod.Get, "zones/other_zone/providers"),
        };

        foreach (var call in calls)
        {
            using (call)
            using (var response = await Anonymous.SendAsync(call))
            {
                response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, $"{call.Method} {call.RequestUri}");
            }
        }

        var (get, _) = await GetAsync($"{Providers}/prv_seed0000000000000001");
        get.StatusCode.Should().Be(HttpStatusCode.OK, "the unauthenticated delete must not have happened");
    }

    [Fact]
    public async Task Client_credentials_with_basic_auth_issue_a_token_the_api_accepts()
    {
        using var tokenResponse = await RequestTokenAsync(basic: true);
        var token = await ReadJsonAsync(tokenResponse);

        tokenResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        token["token_type"]!.GetValue<string>().Should().Be("Bearer");
        token["expires_in"]!.GetValue<int>().Should().Be(300);
        tokenResponse.Headers.CacheControl!.NoStore.Should().BeTrue();
        Emulator.KeycardTokensIssued.Should().Be(1);

        var (list, _) = await GetWithTokenAsync(token["access_token"]!.GetValue<string>());
        list.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Client_credentials_in_form_fields_are_accepted_and_every_token_is_counted()
    {
        using var first = await RequestTokenAsync(basic: false);
        using var second = await RequestTokenAsync(basic: false, scope: "providers:read");
        var secondBody = await ReadJsonAsync(second);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        secondBody["scope"]!.GetValue<string>().Should().Be("providers:read");
        Emulator.KeycardTokensIssued.Should().Be(2);
    }

    [Fact]
    public async Task Wrong_client_secret_is_401_invalid_client()
    {
        using var response = await RequestTokenAsync(basic: true, secret: "not-the-secret");
        var body = await ReadJsonAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        body["error"]!.GetValue<string>().Should().Be("invalid_client");
        Emulator.KeycardTokensIssued.Should().Be(0);
    }

    [Fact]
    public async Task Missing_client_credentials_is_401_invalid_client()
    {
        using var response = await Anonymous.PostAsync(
            Emulator.Keycard.TokenEndpoint,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await ReadJsonAsync(response))["error"]!.GetValue<string>().Should().Be("invalid_client");
    }

    [Fact]
    public async Task Unsupported_grant_type_is_400()
    {
        using var response = await RequestTokenAsync(basic: true, grantType: "password");
        var body = await ReadJsonAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body["error"]!.GetValue<string>().Should().Be("unsupported_grant_type");
    }

    [Fact]
    public async Task Issued_tokens_expire_after_their_lifetime()
    {
        using var tokenResponse = await RequestTokenAsync(basic: true);
        var token = (await ReadJsonAsync(tokenResponse))["access_token"]!.GetValue<string>();

        Time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        var (stillValid, _) = await GetWithTokenAsync(token);
        Time.Advance(TimeSpan.FromSeconds(1));
        var (expired, body) = await GetWithTokenAsync(token);

        stillValid.StatusCode.Should().Be(HttpStatusCode.OK);
        expired.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        ShouldBeKeycardError(body, 401, "unauthorized");
        expired.Headers.WwwAuthenticate.Single().Parameter.Should().Contain("invalid_token");
    }

    [Fact]
    public async Task The_static_token_does_not_expire()
    {
        Time.Advance(TimeSpan.FromDays(365));

        var (response, _) = await GetAsync(Providers);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<HttpResponseMessage> RequestTokenAsync(
        bool basic, string? secret = null, string grantType = "client_credentials", string? scope = null)
    {
        var info = Emulator.Keycard;
        var form = new Dictionary<string, string> { ["grant_type"] = grantType };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, info.TokenEndpoint);
        if (basic)
        {
            var raw = Encoding.UTF8.GetBytes($"{info.ClientId}:{secret ?? info.ClientSecret}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));
        }
        else
        {
            form["client_id"] = info.ClientId;
            form["client_secret"] = secret ?? info.ClientSecret;
        }

        request.Content = new FormUrlEncodedContent(form);
        return await Anonymous.SendAsync(request);
    }

    private async Task<(HttpResponseMessage Response, System.Text.Json.Nodes.JsonNode Body)> GetWithTokenAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Providers);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await Anonymous.SendAsync(request);
        return (response, await ReadJsonAsync(response));
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
