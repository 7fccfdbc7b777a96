using IdentityProviders.Sdk;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Zitadel.Sdk.Models;
using Zitadel.Sdk.Tests.TestSupport;

namespace Zitadel.Sdk.Tests;

/// <summary>The gateway error body maps to typed exceptions; the search POST is retried like a GET, changes are not.</summary>
public sealed class IdentityProvidersClientErrorTests : IDisposable
{
    private readonly ZitadelMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    [Theory]
    [InlineData(400, 3, typeof(IdentityProviderBadRequestException))]
    [InlineData(401, 16, typeof(IdentityProviderAuthenticationException))]
    [InlineData(403, 7, typeof(IdentityProviderPermissionDeniedException))]
    [InlineData(404, 5, typeof(IdentityProviderNotFoundException))]
    [InlineData(409, 6, typeof(IdentityProviderConflictException))]
    [InlineData(429, 8, typeof(IdentityProviderRateLimitedException))]
    [InlineData(500, 13, typeof(IdentityProviderServerException))]
    [InlineData(501, 12, typeof(IdentityProviderServerException))]
    public async Task Gateway_errors_keep_grpc_code_http_status_and_detail_ids(int status, int grpc, Type expected)
    {
        _mock.Json("GET", "/admin/v1/idps/templates/1", $$"""{"code":{{grpc}},"message":"Errors.IDPConfig.NotExisting","details":[{"@type":"type.googleapis.com/zitadel.v1.ErrorDetail","id":"COMMAND-2n8vs","message":"Errors.IDPConfig.NotExisting"}]}""", status);
        using var client = _mock.CreateClient(o => o.Retry = ZitadelMockServer.FastRetry with { MaxRetries = 0 });

        var act = () => client.Instance.GetProviderAsync("1");

        var error = (await act.Should().ThrowAsync<IdentityProviderApiException>()).Which;
        error.Should().BeOfType(expected);
        error.StatusCode.Should().Be(status);
        error.GetGrpcStatusCode().Should().Be(grpc);
        error.ErrorCodes.Should().Equal(grpc.ToString(System.Globalization.CultureInfo.InvariantCulture), "COMMAND-2n8vs");
        error.ErrorMessages[0].Should().Be("Errors.IDPConfig.NotExisting");
        error.Operation.Should().Be("admin.GetProviderByID");
        error.Vendor.Should().Be("zitadel");
        error.Message.Should().Contain($"[{grpc}] Errors.IDPConfig.NotExisting");
    }

    [Fact]
    public async Task A_non_gateway_error_body_still_maps_by_status()
    {
        _mock.Json("GET", "/management/v1/idps/templates/1", "<html>bad gateway</html>", 502);
        using var client = _mock.CreateClient(o => o.Retry = ZitadelMockServer.FastRetry with { MaxRetries = 0 });

        var error = (await ((Func<Task>)(() => client.Organization.GetProviderAsync("1"))).Should().ThrowAsync<IdentityProviderServerException>()).Which;

        error.StatusCode.Should().Be(502);
        error.Message.Should().NotContain("<html>");
    }

    [Fact]
    public async Task The_search_post_is_retried_on_503_like_a_get()
    {
        _mock.Server.Given(Request.Create().WithPath("/management/v1/idps/templates/_search").UsingPost()).InScenario("s").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("""{"code":14,"message":"unavailable"}"""));
        _mock.Server.Given(Request.Create().WithPath("/management/v1/idps/templates/_search").UsingPost()).InScenario("s").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(ZitadelMockServer.Page(ZitadelMockServer.Ids(0, 3), 3)));
        using var client = _mock.CreateClient();

        var providers = await client.Organization.ListProvidersAsync().ToListAsync();

        providers.Should().HaveCount(3);
        _mock.Requests.Should().HaveCount(2);
        _mock.Requests[1].Body.Should().Be(_mock.Requests[0].Body, "the retry resends the same search");
    }

    [Fact]
    public async Task An_add_is_not_retried_after_it_may_have_reached_the_server()
    {
        _mock.Json("POST", "/management/v1/idps/google", """{"code":14,"message":"unavailable"}""", 503);
        using var client = _mock.CreateClient();

        var act = () => client.Organization.AddGoogleProviderAsync(new AddGoogleProviderRequest { ClientId = "c", ClientSecret = "s" });

        await act.Should().ThrowAsync<IdentityProviderServerException>();
        _mock.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task A_garbage_success_body_is_a_response_format_error()
    {
        _mock.Json("GET", "/management/v1/idps/templates/1", """{"idp":{"details":{"sequence":"not-a-number"}}}""");
        using var client = _mock.CreateClient();

        var act = () => client.Organization.GetProviderAsync("1");

        (await act.Should().ThrowAsync<IdentityProviderResponseFormatException>()).Which.Operation.Should().Be("management.GetProviderByID");
    }

    [Fact]
    public async Task A_get_without_idp_is_a_response_format_error()
    {
        _mock.Json("GET", "/management/v1/idps/templates/1", "{}");
        using var client = _mock.CreateClient();

        await ((Func<Task>)(() => client.Organization.GetProviderAsync("1"))).Should().ThrowAsync<IdentityProviderResponseFormatException>();
    }

    [Fact]
    public async Task Cancellation_during_a_request_is_an_operation_canceled_exception()
    {
        _mock.Server.Given(Request.Create().WithPath("/management/v1/idps/templates/1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}").WithDelay(TimeSpan.FromSeconds(30)));
        using var client = _mock.CreateClient();
        using var cts = new CancellationTokenSource();

        var task = client.Organization.GetProviderAsync("1", cts.Token);
        await cts.CancelAsync();

        await ((Func<Task>)(() => task)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task An_already_canceled_token_sends_nothing()
    {
        using var client = _mock.CreateClient();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await ((Func<Task>)(() => client.Organization.DeleteProviderAsync("1", cts.Token))).Should().ThrowAsync<OperationCanceledException>();
        _mock.Requests.Should().BeEmpty();
    }
}
