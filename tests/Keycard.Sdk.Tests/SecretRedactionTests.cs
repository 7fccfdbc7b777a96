using System.Text;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Json;
using Keycard.Sdk.Models;
using Keycard.Sdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Keycard.Sdk.Tests;

/// <summary>Tokens and client secrets never show up in ToString(), logs or exception messages.</summary>
public sealed class SecretRedactionTests : IDisposable
{
    private const string CreateSecret = "create-secret-Q1w2E3r4";
    private const string UpdateSecret = "rotated-secret-Z9x8C7v6";
    private const string CredentialsSecret = "cc-secret-M5n4B3v2";
    private const string AccessToken = "issued-access-token-K1j2H3g4";
    private readonly KeycardMockServer _mock = new();
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose()
    {
        _mock.Dispose();
        _logs.Dispose();
    }

    private static ProviderCreateRequest CreateRequest => new()
    {
        Name = "Acme",
        Identifier = "https://acme.example.com",
        ClientId = "acme-client",
        ClientSecret = CreateSecret,
    };

    [Fact]
    public void ProviderCreateRequest_ToString_redacts_the_client_secret()
    {
        var text = CreateRequest.ToString();

        text.Should().NotContain(CreateSecret).And.Contain("ClientSecret = ***REDACTED***").And.Contain("ClientId = acme-client").And.Contain("Name = Acme");
        (CreateRequest with { ClientSecret = null }).ToString().Should().Contain("ClientSecret = null");
    }

    [Fact]
    public void ProviderUpdateRequest_ToString_redacts_the_client_secret_and_tells_absent_from_cleared()
    {
        new ProviderUpdateRequest { ClientSecret = UpdateSecret }.ToString().Should().NotContain(UpdateSecret).And.Contain("ClientSecret = ***REDACTED***");
        new ProviderUpdateRequest { ClientSecret = null }.ToString().Should().Contain("ClientSecret = null");
        new ProviderUpdateRequest { Name = "n" }.ToString().Should().Contain("ClientSecret = <absent>").And.Contain("Name = n");
    }

    [Fact]
    public void Options_and_credentials_ToString_redact_token_and_client_secret()
    {
        var credentials = new KeycardClientCredentials
        {
            TokenEndpoint = new Uri("https://zone.keycard.cloud/oauth/token"),
            ClientId = "cc-client",
            ClientSecret = CredentialsSecret,
            Scope = "providers:read",
        };
        var withToken = new KeycardClientOptions { BaseAddress = new Uri("https://api.keycard.ai"), Token = KeycardMockServer.Token, ZoneId = "z" };
        var withCredentials = new KeycardClientOptions { BaseAddress = new Uri("https://api.keycard.ai"), ClientCredentials = credentials };

        credentials.ToString().Should().NotContain(CredentialsSecret).And.Contain("ClientSecret = ***REDACTED***").And.Contain("ClientId = cc-client");
        withToken.ToString().Should().NotContain(KeycardMockServer.Token).And.Contain("Token = ***REDACTED***").And.Contain("ZoneId = z");
        withCredentials.ToString().Should().NotContain(CredentialsSecret).And.Contain("Token = null").And.Contain("ClientId = cc-client");
    }

    [Fact]
    public async Task Trace_logs_with_bodies_never_contain_the_token_or_client_secrets()
    {
        // A misbehaving server that echoes the secret back must not get it logged either.
        _mock.Json("POST", "/zones/zone_1/providers", KeycardJson.Provider("prv_1").Replace("{", "{\"client_secret\":\"" + CreateSecret + "\",", StringComparison.Ordinal));
        _mock.Json("PATCH", "/zones/zone_1/providers/prv_1", KeycardJson.Provider("prv_1"));
        using var loggerFactory = _logs.CreateFactory();
        using var client = _mock.CreateClient(o =>
        {
            o.LoggerFactory = loggerFactory;
            o.LogBodies = true;
        });

        await client.Zones.Providers.CreateAsync(KeycardMockServer.Zone, CreateRequest);
        await client.Zones.Providers.UpdateAsync(KeycardMockServer.Zone, "prv_1", new ProviderUpdateRequest { ClientSecret = UpdateSecret });

        // The bodies were logged (so the check below is not vacuous) and the secrets in them were masked.
        var text = _logs.AllText;
        text.Should().Contain("HTTP POST").And.Contain("HTTP PATCH").And.Contain("HTTP request body").And.Contain("HTTP response body");
        text.Should().Contain("\"client_secret\":\"***REDACTED***\"").And.Contain("acme-client");
        text.Should().NotContain(CreateSecret).And.NotContain(UpdateSecret).And.NotContain(KeycardMockServer.Token);
        _mock.Requests[0].Body.Should().Contain(CreateSecret, "the secret itself is sent to the server");
        KeycardMockServer.Header(_mock.Requests[0], "Authorization").Should().Be("Bearer " + KeycardMockServer.Token);
    }

    [Fact]
    public async Task Trace_logs_of_the_client_credentials_flow_never_contain_the_secret_or_the_access_token()
    {
        _mock.Json("POST", "/oauth/token", $$"""{"access_token":"{{AccessToken}}","token_type":"Bearer","expires_in":3600}""");
        _mock.Json("GET", "/zones/zone_1/providers/prv_1", KeycardJson.Provider("prv_1"));
        using var loggerFactory = _logs.CreateFactory();
        var options = _mock.Options();
        options.Token = null;
        options.ClientCredentials = new KeycardClientCredentials { TokenEndpoint = new Uri(_mock.Url + "/oauth/token"), ClientId = "cc-client", ClientSecret = CredentialsSecret };
        options.LoggerFactory = loggerFactory;
        options.LogBodies = true;
        using var client = new KeycardClient(options);

        await client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("cc-client:" + CredentialsSecret));
        KeycardMockServer.Header(_mock.RequestsTo("/oauth/token").Single(), "Authorization").Should().Be("Basic " + basic);
        KeycardMockServer.Header(_mock.RequestsTo("/zones").Single(), "Authorization").Should().Be("Bearer " + AccessToken);
        var text = _logs.AllText;
        text.Should().Contain("/oauth/token").And.Contain("HTTP response body").And.Contain("\"access_token\":\"***REDACTED***\"");
        text.Should().NotContain(CredentialsSecret).And.NotContain(basic).And.NotContain(AccessToken);
    }

    [Fact]
    public async Task A_failed_create_does_not_put_the_request_or_response_body_in_the_exception()
    {
        var echo = $$$"""{"message":"invalid protocols","code":"invalid_request","status":400,"request":{"client_secret":"{{{CreateSecret}}}"}}""";
        _mock.Json("POST", "/zones/zone_1/providers", echo, 400, headers: ("x-request-id", "req-400"));
        using var client = _mock.CreateClient();

        var act = () => client.Zones.Providers.CreateAsync(KeycardMockServer.Zone, CreateRequest);

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderBadRequestException>()).Which;
        error.Message.Should().Be("keycard providers.create failed with HTTP 400 (Bad Request): [invalid_request] invalid protocols (request id req-400).");
        error.ToString().Should().NotContain(CreateSecret);
        error.Details.ToString().Should().NotContain(CreateSecret);
    }

    [Fact]
    public async Task A_non_json_error_body_with_the_secret_is_not_quoted_in_the_exception()
    {
        _mock.Server.Given(Request.Create().WithPath("/zones/zone_1/providers").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(500).WithHeader("Content-Type", "text/plain").WithBody("crash while saving client_secret=" + CreateSecret));
        using var client = _mock.CreateClient();

        var act = () => client.Zones.Providers.CreateAsync(KeycardMockServer.Zone, CreateRequest);

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderServerException>()).Which;
        error.ToString().Should().NotContain(CreateSecret);
        error.ErrorMessages.Should().ContainSingle().Which.Should().StartWith("non-JSON error body (text/plain");
    }

    [Fact]
    public async Task A_rejected_client_credentials_exception_does_not_contain_the_secret()
    {
        _mock.Json("POST", "/oauth/token", """{"error":"invalid_client","error_description":"client authentication failed"}""", 401);
        var options = _mock.Options();
        options.Token = null;
        options.ClientCredentials = new KeycardClientCredentials { TokenEndpoint = new Uri(_mock.Url + "/oauth/token"), ClientId = "cc-client", ClientSecret = CredentialsSecret };
        using var client = new KeycardClient(options);

        var act = () => client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderAuthenticationException>()).Which;
        error.Operation.Should().Be("oauth.token");
        error.ErrorCodes.Should().Equal("invalid_client");
        error.ToString().Should().NotContain(CredentialsSecret);
        _mock.RequestsTo("/zones").Should().BeEmpty();
    }

    [Fact]
    public void The_vendor_json_of_a_provider_has_no_secret_and_redacts_one_by_name()
    {
        var redacted = SecretRedactor.RedactText($$"""{"client_id":"c","client_secret":"{{CreateSecret}}","client_secret_set":true}""");

        redacted.Should().Be("""{"client_id":"c","client_secret":"***REDACTED***","client_secret_set":true}""");
    }
}
