using Cloudflare.Access.Sdk.Tests.TestSupport;
using IdentityProviders.Sdk;

namespace Cloudflare.Access.Sdk.Tests;

/// <summary>V4 envelope errors (with 4xx and with HTTP 200), rate limiting and malformed responses.</summary>
public sealed class IdentityProvidersClientErrorTests : IDisposable
{
    private static readonly CloudflareScope Account = CloudflareScope.Account(CloudflareMockServer.Account);
    private readonly CloudflareMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    [Theory]
    [InlineData(400, typeof(IdentityProviderBadRequestException))]
    [InlineData(401, typeof(IdentityProviderAuthenticationException))]
    [InlineData(403, typeof(IdentityProviderPermissionDeniedException))]
    [InlineData(404, typeof(IdentityProviderNotFoundException))]
    [InlineData(409, typeof(IdentityProviderConflictException))]
    [InlineData(422, typeof(IdentityProviderUnprocessableEntityException))]
    public async Task A_4xx_failure_envelope_becomes_the_matching_exception_with_every_code_and_message(int status, Type expected)
    {
        _mock.Json("GET", CloudflareMockServer.AccountPath + "/x", CloudflareJson.Failure((7003, "Could not route"), (12130, "access.api.error.invalid_request: bad id")), status, headers: ("cf-ray", "ray-123"));
        using var client = _mock.CreateClient(o => o.Retry = CloudflareMockServer.FastRetry with { MaxRetries = 0 });

        var act = () => client.IdentityProviders.GetAsync("x", Account);

        var exception = (await act.Should().ThrowAsync<IdentityProviderApiException>()).Which;
        exception.Should().BeOfType(expected);
        exception.StatusCode.Should().Be(status);
        exception.Details.ReceivedStatusCode.Should().BeNull();
        exception.ErrorCodes.Should().Equal("7003", "12130");
        exception.ErrorMessages.Should().Equal("Could not route", "access.api.error.invalid_request: bad id");
        exception.RequestId.Should().Be("ray-123");
        exception.Vendor.Should().Be("cloudflare");
        exception.Operation.Should().Be("identity_providers.get");
        exception.Message.Should().Contain("[7003] Could not route").And.Contain("[12130]").And.Contain("ray-123");
    }

    [Theory]
    [InlineData("token")]
    [InlineData("apiKey")]
    public async Task Success_false_with_http_200_that_echoes_the_credential_does_not_carry_it_into_the_exception(string scheme)
    {
        const string ApiKey = "cf_global_api_key_7c1e55d2";
        var secret = scheme == "token" ? CloudflareMockServer.Token : ApiKey;
        _mock.Json("GET", CloudflareMockServer.AccountPath, CloudflareJson.Failure((10000, $"Authentication error: '{secret}' is not valid")), headers: ("cf-ray", $"ray-{secret}"));
        using var client = _mock.CreateClient(o =>
        {
            if (scheme == "apiKey")
            {
                o.ApiToken = null;
                o.Email = "admin@example.com";
                o.ApiKey = ApiKey;
            }
        });

        var act = () => client.IdentityProviders.ListPageAsync(Account);

        var exception = (await act.Should().ThrowAsync<IdentityProviderPermissionDeniedException>()).Which;
        exception.Details.ReceivedStatusCode.Should().Be(200);
        exception.ErrorMessages.Should().Equal("Authentication error: '***REDACTED***' is not valid");
        exception.RequestId.Should().Be("ray-***REDACTED***");
        exception.ToString().Should().NotContain(secret);
        exception.Message.Should().NotContain(secret).And.Contain("***REDACTED***");
    }

    [Fact]
    public async Task Success_false_with_http_200_is_a_bad_request_that_names_the_received_status()
    {
        _mock.Json("GET", CloudflareMockServer.AccountPath, CloudflareJson.Failure((1000, "first problem"), (1001, "second problem")));
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.ListPageAsync(Account);

        var exception = (await act.Should().ThrowAsync<IdentityProviderBadRequestException>()).Which;
        exception.StatusCode.Should().Be(400);
        exception.Details.ReceivedStatusCode.Should().Be(200);
        exception.ErrorCodes.Should().Equal("1000", "1001");
        exception.ErrorMessages.Should().Equal("first problem", "second problem");
        exception.Message.Should().Contain("reported in an HTTP 200 response").And.Contain("[1000] first problem; [1001] second problem");
        _mock.Requests.Should().HaveCount(1, "an error envelope is not retried");
    }

    [Fact]
    public async Task Non_empty_errors_with_success_true_and_http_200_is_an_error_too()
    {
        _mock.Json("GET", CloudflareMockServer.AccountPath + "/x", $$"""{"success":true,"errors":[{"code":1002,"message":"half done"}],"messages":[],"result":{{CloudflareJson.Minimal("x")}}}""");
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.GetAsync("x", Account);

        (await act.Should().ThrowAsync<IdentityProviderBadRequestException>()).Which.ErrorCodes.Should().Equal("1002");
    }

    [Theory]
    [InlineData(10000, typeof(IdentityProviderPermissionDeniedException), 403)]
    [InlineData(9109, typeof(IdentityProviderPermissionDeniedException), 403)]
    [InlineData(9103, typeof(IdentityProviderAuthenticationException), 401)]
    [InlineData(7003, typeof(IdentityProviderNotFoundException), 404)]
    [InlineData(971, typeof(IdentityProviderRateLimitedException), 429)]
    public async Task Error_codes_that_name_a_status_class_choose_the_exception_of_a_200_error_envelope(int code, Type expected, int status)
    {
        _mock.Json("DELETE", CloudflareMockServer.AccountPath + "/x", CloudflareJson.Failure((code, "message")));
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.DeleteAsync("x", Account);

        var exception = (await act.Should().ThrowAsync<IdentityProviderApiException>()).Which;
        exception.Should().BeOfType(expected);
        exception.StatusCode.Should().Be(status);
        exception.Details.ReceivedStatusCode.Should().Be(200);
    }

    [Fact]
    public async Task Success_false_without_errors_still_fails()
    {
        _mock.Json("GET", CloudflareMockServer.AccountPath + "/x", """{"success":false,"errors":[],"messages":[],"result":null}""");
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.GetAsync("x", Account);

        (await act.Should().ThrowAsync<IdentityProviderBadRequestException>()).Which.ErrorMessages.Should().ContainSingle();
    }

    [Fact]
    public async Task A_429_with_retry_after_is_retried_and_then_succeeds()
    {
        _mock.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(CloudflareMockServer.AccountPath + "/x").UsingGet())
            .InScenario("rate").WillSetStateTo("limited-once")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(429).WithHeader("Retry-After", "7").WithHeader("Content-Type", "application/json")
                .WithBody(CloudflareJson.Failure((971, "Please wait and consider throttling your request speed"))));
        _mock.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(CloudflareMockServer.AccountPath + "/x").UsingGet())
            .InScenario("rate").WhenStateIs("limited-once")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(CloudflareJson.Envelope(CloudflareJson.Minimal("x"))));
        using var client = _mock.CreateClient();

        var provider = await client.IdentityProviders.GetAsync("x", Account);

        provider.Id.Should().Be("x");
        _mock.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_429_that_persists_is_a_rate_limited_exception_carrying_retry_after()
    {
        _mock.Json("GET", CloudflareMockServer.AccountPath, CloudflareJson.Failure((971, "Please wait and consider throttling your request speed")), 429, headers: ("Retry-After", "7"));
        using var client = _mock.CreateClient(o => o.Retry = CloudflareMockServer.FastRetry with { MaxRetries = 2 });

        var act = () => client.IdentityProviders.ListPageAsync(Account);

        var exception = (await act.Should().ThrowAsync<IdentityProviderRateLimitedException>()).Which;
        exception.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
        exception.ErrorCodes.Should().Equal("971");
        _mock.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task Create_is_not_retried_after_a_429()
    {
        _mock.Json("POST", CloudflareMockServer.AccountPath, CloudflareJson.Failure((971, "slow down")), 429, headers: ("Retry-After", "1"));
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.CreateAsync(new Cloudflare.Access.Sdk.Models.OneTimePinIdentityProvider { Name = "PIN" }, Account);

        await act.Should().ThrowAsync<IdentityProviderRateLimitedException>();
        _mock.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_5xx_without_an_envelope_is_a_server_exception()
    {
        _mock.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(CloudflareMockServer.AccountPath).UsingGet())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(502).WithHeader("Content-Type", "text/html").WithBody("<html>bad gateway</html>"));
        using var client = _mock.CreateClient(o => o.Retry = CloudflareMockServer.FastRetry with { MaxRetries = 1 });

        var act = () => client.IdentityProviders.ListPageAsync(Account);

        var exception = (await act.Should().ThrowAsync<IdentityProviderServerException>()).Which;
        exception.Message.Should().NotContain("<html>");
        _mock.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_success_envelope_without_result_is_a_response_format_error()
    {
        _mock.Json("GET", CloudflareMockServer.AccountPath + "/x", """{"success":true,"errors":[],"messages":[],"result":null}""");
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.GetAsync("x", Account);

        (await act.Should().ThrowAsync<IdentityProviderResponseFormatException>()).Which.StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task A_delete_result_without_id_is_a_response_format_error()
    {
        _mock.Json("DELETE", CloudflareMockServer.AccountPath + "/x", CloudflareJson.Envelope("{}"), 202);
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.DeleteAsync("x", Account);

        (await act.Should().ThrowAsync<IdentityProviderResponseFormatException>()).Which.StatusCode.Should().Be(202);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_response_format_error()
    {
        _mock.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(CloudflareMockServer.AccountPath).UsingGet())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/plain").WithBody("hello"));
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.ListPageAsync(Account);

        await act.Should().ThrowAsync<IdentityProviderResponseFormatException>();
    }
}
