using System.Net;
using System.Net.Http.Headers;

namespace IdentityProviders.Emulator.Tests.Waldur;

/// <summary>DRF token authentication and Waldur's OIDC bearer tokens on every route.</summary>
public sealed class WaldurAuthTests : WaldurEmulatorTestBase
{
    [Fact]
    public async Task Without_credentials_every_route_is_401_with_a_token_challenge()
    {
        var (response, body) = await GetAsync(Collection, Anonymous);
        var post = await Anonymous.PostAsync(Collection + "discover_metadata/", null);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Token");
        body["detail"]!.GetValue<string>().Should().Be("Authentication credentials were not provided.");
        post.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("Token", "wrong")]
    [InlineData("Bearer", "wrong")]
    [InlineData("Bearer", "waldur-emulator-token")]
    public async Task A_wrong_token_is_401_invalid_token(string scheme, string token)
    {
        using var client = new HttpClient { BaseAddress = Emulator.Waldur.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, token);

        var (response, body) = await GetAsync(Collection, client);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        body["detail"]!.GetValue<string>().Should().Be("Invalid token.");
    }

    [Theory]
    [InlineData("Token", false)]
    [InlineData("token", false)]
    [InlineData("Bearer", true)]
    public async Task The_api_token_and_the_oidc_bearer_token_are_accepted(string scheme, bool bearer)
    {
        using var client = new HttpClient { BaseAddress = Emulator.Waldur.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, bearer ? Emulator.Waldur.BearerToken : Emulator.Waldur.Token);

        var (response, _) = await GetAsync(Collection + "keycloak/", client);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_routes_under_the_prefix_answer_in_drf_shape()
    {
        var (response, body) = await GetAsync("api/users/");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        body["detail"]!.GetValue<string>().Should().Be("Not found.");
    }

    [Fact]
    public void The_connection_details_do_not_print_the_tokens()
    {
        Emulator.Waldur.BaseUrl.ToString().Should().EndWith("/waldur/");
        Emulator.Waldur.ToString().Should().NotContain(Emulator.Waldur.Token).And.NotContain(Emulator.Waldur.BearerToken);
    }
}
