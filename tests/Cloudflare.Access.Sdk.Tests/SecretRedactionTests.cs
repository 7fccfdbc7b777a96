using Cloudflare.Access.Sdk.Models;
using Cloudflare.Access.Sdk.Tests.TestSupport;
using IdentityProviders.Sdk;

namespace Cloudflare.Access.Sdk.Tests;

/// <summary>Credentials, client secrets and SCIM secrets never appear in ToString, logs or exception messages.</summary>
public sealed class SecretRedactionTests : IDisposable
{
    private const string ApiKey = "global-api-key-0a1b2c3d4e";
    private const string ClientSecret = "client-secret-9z8y7x";
    private const string ScimSecret = "scim-secret-value-1";
    private static readonly CloudflareScope Account = CloudflareScope.Account(CloudflareMockServer.Account);
    private readonly CloudflareMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    [Fact]
    public void Options_and_authenticators_redact_their_secrets()
    {
        var options = new CloudflareAccessClientOptions { ApiToken = CloudflareMockServer.Token, Email = "a@example.com", ApiKey = ApiKey, UserServiceKey = "usk-1" };

        options.ToString().Should().NotContain(CloudflareMockServer.Token).And.NotContain(ApiKey).And.NotContain("usk-1").And.Contain("a@example.com");
        new CloudflareApiKeyAuthenticator("a@example.com", ApiKey).ToString().Should().NotContain(ApiKey);
        new CloudflareUserServiceKeyAuthenticator("usk-1").ToString().Should().NotContain("usk-1");
    }

    [Fact]
    public async Task Logs_at_trace_level_with_bodies_never_contain_credentials_or_secrets()
    {
        _mock.Json("POST", CloudflareMockServer.AccountPath, CloudflareJson.Envelope(CloudflareJson.Provider("oidc").Replace("oidc-secret", ClientSecret, StringComparison.Ordinal)), 201);
        using var logs = new CapturingLoggerProvider();
        using var factory = logs.CreateFactory();
        using var client = _mock.CreateClient(o =>
        {
            o.ApiToken = null;
            o.Email = "admin@example.com";
            o.ApiKey = ApiKey;
            o.LogBodies = true;
            o.LoggerFactory = factory;
        });

        await client.IdentityProviders.CreateAsync(
            new OidcIdentityProvider { Name = "OIDC", Config = new OidcConfig { ClientId = "cid", ClientSecret = ClientSecret } },
            Account);

        logs.AllText.Should().Contain("POST").And.Contain("client_secret");
        logs.AllText.Should().NotContain(ApiKey).And.NotContain(ClientSecret).And.NotContain(ScimSecret);
    }

    [Fact]
    public async Task Exception_messages_hold_the_vendor_messages_but_never_the_request_body()
    {
        _mock.Json("POST", CloudflareMockServer.AccountPath, CloudflareJson.Failure((12130, "access.api.error.invalid_request: bad config")), 400);
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.CreateAsync(new OidcIdentityProvider { Name = "OIDC", Config = new OidcConfig { ClientSecret = ClientSecret } }, Account);

        var exception = (await act.Should().ThrowAsync<IdentityProviderBadRequestException>()).Which;
        exception.ToString().Should().NotContain(ClientSecret).And.NotContain(CloudflareMockServer.Token);
    }

    [Fact]
    public void Normalized_records_render_the_raw_vendor_json_for_redaction_and_print_no_secrets()
    {
        var provider = new OidcIdentityProvider
        {
            Id = "1",
            Name = "OIDC",
            Config = new OidcConfig { ClientId = "cid", ClientSecret = ClientSecret },
            ScimConfig = new IdentityProviderScimConfig { Secret = ScimSecret },
        };

        var info = CloudflareIdentityProviderClient.ToInfo(provider);

        info.ToString().Should().NotContain(ClientSecret);
        var redacted = IdentityProviders.Sdk.Json.SecretRedactor.Redact(info.GetVendorJson()).GetRawText();
        redacted.Should().NotContain(ClientSecret).And.NotContain(ScimSecret).And.Contain("\"client_id\":\"cid\"");
    }
}
