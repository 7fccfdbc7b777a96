using System.Net;

namespace IdentityProviders.Emulator.Tests.Cloudflare;

public sealed class CloudflareAuthTests : CloudflareEmulatorTestBase
{
    private async Task<(HttpStatusCode Status, string Body)> SendAsync(Action<HttpRequestMessage> configure, string? path = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path ?? AccountPath);
        configure(request);
        var response = await Anonymous.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_api_token_is_accepted()
    {
        var (status, _) = await SendAsync(r => r.Headers.Authorization = new("Bearer", Emulator.Cloudflare.ApiToken));

        status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Email_and_global_api_key_are_accepted()
    {
        var (status, _) = await SendAsync(r =>
        {
            r.Headers.Add("X-Auth-Email", Emulator.Cloudflare.Email);
            r.Headers.Add("X-Auth-Key", Emulator.Cloudflare.ApiKey);
        });

        status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task No_credentials_is_401_in_envelope_form()
    {
        var (response, body) = await GetAsync(AccountPath, Anonymous);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        ShouldBeFailure(body, 9106);
    }

    [Fact]
    public async Task An_email_without_key_is_401()
    {
        var (status, body) = await SendAsync(r => r.Headers.Add("X-Auth-Email", Emulator.Cloudflare.Email));

        status.Should().Be(HttpStatusCode.Unauthorized);
        body.Should().Contain("9106");
    }

    [Fact]
    public async Task A_wrong_token_is_403_invalid_access_token()
    {
        var (status, body) = await SendAsync(r => r.Headers.Authorization = new("Bearer", "wrong"));

        status.Should().Be(HttpStatusCode.Forbidden);
        body.Should().Contain("9109").And.Contain("Invalid access token");
    }

    [Fact]
    public async Task A_wrong_key_is_403()
    {
        var (status, body) = await SendAsync(r =>
        {
            r.Headers.Add("X-Auth-Email", Emulator.Cloudflare.Email);
            r.Headers.Add("X-Auth-Key", "wrong");
        });

        status.Should().Be(HttpStatusCode.Forbidden);
        body.Should().Contain("9103");
    }

    [Fact]
    public async Task Another_account_or_zone_is_403_authentication_error()
    {
        var (account, accountBody) = await GetAsync("accounts/ffffffffffffffffffffffffffffffff/access/identity_providers");
        var (zone, zoneBody) = await GetAsync("zones/ffffffffffffffffffffffffffffffff/access/identity_providers/x");

        account.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        ShouldBeFailure(accountBody, 10000);
        zone.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        ShouldBeFailure(zoneBody, 10000);
    }

    [Fact]
    public async Task Every_response_has_a_request_id()
    {
        var response = await Anonymous.GetAsync(AccountPath);

        response.Headers.GetValues("x-request-id").Single().Should().StartWith("req_");
    }

    [Fact]
    public void The_emulator_info_does_not_print_credentials()
    {
        var text = Emulator.Cloudflare.ToString();

        text.Should().NotContain(Emulator.Cloudflare.ApiToken).And.NotContain(Emulator.Cloudflare.ApiKey).And.Contain(Emulator.Cloudflare.AccountId);
    }
}
