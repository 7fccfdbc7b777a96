using System.Text.Json;
using IdentityProviders.Sdk;
using Keycard.Sdk.Models;
using Keycard.Sdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Keycard.Sdk.Tests;

/// <summary>Error responses become typed exceptions; transient ones are retried only when that is safe.</summary>
public sealed class ProvidersClientErrorTests : IDisposable
{
    private const string ProvidersPath = "/zones/zone_1/providers";
    private const string ProviderPath = ProvidersPath + "/prv_1";
    private readonly KeycardMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    private static ProviderCreateRequest NewProvider => new() { Name = "Acme", Identifier = "https://acme.example.com", ClientSecret = "create-secret-xyz" };

    /// <summary>First answer <paramref name="first"/> once, then <paramref name="then"/> forever.</summary>
    private void Sequence(string method, string path, IResponseBuilder first, IResponseBuilder then)
    {
        _mock.Server.Given(Request.Create().WithPath(path).UsingMethod(method)).InScenario("s").WillSetStateTo("second").RespondWith(first);
        _mock.Server.Given(Request.Create().WithPath(path).UsingMethod(method)).InScenario("s").WhenStateIs("second").RespondWith(then);
    }

    private static IResponseBuilder JsonResponse(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    [Fact]
    public async Task Not_found_maps_the_keycard_error_body_and_request_id()
    {
        _mock.Json("GET", ProviderPath, KeycardJson.Error("not_found", "Provider prv_1 was not found", 404), 404, headers: ("x-request-id", "req-abc-123"));
        using var client = _mock.CreateClient();

        var act = () => client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderNotFoundException>()).Which;
        error.StatusCode.Should().Be(404);
        error.ErrorCodes.Should().Equal("not_found");
        error.ErrorMessages.Should().Equal("Provider prv_1 was not found");
        error.RequestId.Should().Be("req-abc-123");
        error.Vendor.Should().Be("keycard");
        error.Operation.Should().Be("providers.retrieve");
        error.RetryAfter.Should().BeNull();
        error.Message.Should().Be("keycard providers.retrieve failed with HTTP 404 (Not Found): [not_found] Provider prv_1 was not found (request id req-abc-123).");
        _mock.Requests.Should().ContainSingle("a 404 is not retried");
    }

    [Fact]
    public async Task Unauthorized_becomes_an_authentication_exception()
    {
        _mock.Json("GET", ProvidersPath, KeycardJson.Error("unauthorized", "invalid token", 401), 401);
        using var client = _mock.CreateClient();

        var act = () => client.Zones.Providers.ListPageAsync(KeycardMockServer.Zone);

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderAuthenticationException>()).Which;
        error.StatusCode.Should().Be(401);
        error.ErrorCodes.Should().Equal("unauthorized");
        error.Operation.Should().Be("providers.list");
        _mock.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Forbidden_becomes_a_permission_denied_exception()
    {
        _mock.Json("PATCH", ProviderPath, KeycardJson.Error("forbidden", "platform-owned", 403), 403);
        using var client = _mock.CreateClient();

        var act = () => client.Zones.Providers.UpdateAsync(KeycardMockServer.Zone, "prv_1", new ProviderUpdateRequest { Name = "x" });

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderPermissionDeniedException>()).Which;
        error.Operation.Should().Be("providers.update");
        error.ErrorMessages.Should().Equal("platform-owned");
    }

    [Fact]
    public async Task Conflict_on_create_becomes_a_conflict_exception_and_is_not_retried()
    {
        _mock.Json("POST", ProvidersPath, KeycardJson.Error("conflict", "identifier already exists", 409), 409);
        using var client = _mock.CreateClient();

        var act = () => client.Zones.Providers.CreateAsync(KeycardMockServer.Zone, NewProvider);

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderConflictException>()).Which;
        error.StatusCode.Should().Be(409);
        error.ErrorCodes.Should().Equal("conflict");
        error.Operation.Should().Be("providers.create");
        _mock.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Too_many_requests_with_retry_after_on_a_GET_is_retried_then_succeeds()
    {
        Sequence(
            "GET",
            ProviderPath,
            JsonResponse(429, KeycardJson.Error("rate_limited", "slow down", 429)).WithHeader("Retry-After", "0"),
            JsonResponse(200, KeycardJson.Provider("prv_1")));
        using var client = _mock.CreateClient();

        var provider = await client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        provider.Id.Should().Be("prv_1");
        provider.Name.Should().Be("Provider prv_1");
        _mock.Requests.Should().HaveCount(2);
        _mock.Requests.Should().OnlyContain(r => r.Method == "GET" && r.AbsolutePath == ProviderPath);
    }

    [Fact]
    public async Task Too_many_requests_without_retries_carries_the_retry_after_hint()
    {
        _mock.Json("GET", ProviderPath, KeycardJson.Error("rate_limited", "slow down", 429), 429, headers: ("Retry-After", "7"));
        using var client = _mock.CreateClient(o => o.Retry = KeycardMockServer.FastRetry with { MaxRetries = 0 });

        var act = () => client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderRateLimitedException>()).Which;
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
        error.ErrorCodes.Should().Equal("rate_limited");
        _mock.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task A_server_error_on_a_GET_is_retried_MaxRetries_times_then_thrown()
    {
        _mock.Json("GET", ProviderPath, KeycardJson.Error("internal_error", "boom", 500), 500);
        using var client = _mock.CreateClient(o => o.Retry = KeycardMockServer.FastRetry with { MaxRetries = 2 });

        var act = () => client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderServerException>()).Which;
        error.StatusCode.Should().Be(500);
        _mock.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task Service_unavailable_on_create_is_not_retried()
    {
        _mock.Json("POST", ProvidersPath, KeycardJson.Error("unavailable", "try later", 503), 503, headers: ("Retry-After", "0"));
        using var client = _mock.CreateClient();

        var act = () => client.Zones.Providers.CreateAsync(KeycardMockServer.Zone, NewProvider);

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderServerException>()).Which;
        error.StatusCode.Should().Be(503);
        error.Operation.Should().Be("providers.create");
        _mock.Requests.Should().ContainSingle("a POST may already have created the provider");
    }

    [Theory]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Service_unavailable_on_update_or_delete_is_not_retried(string method)
    {
        _mock.Json(method, ProviderPath, KeycardJson.Error("unavailable", "try later", 503), 503);
        using var client = _mock.CreateClient();

        Func<Task> act = method == "PATCH"
            ? () => client.Zones.Providers.UpdateAsync(KeycardMockServer.Zone, "prv_1", new ProviderUpdateRequest { Name = "x" })
            : () => client.Zones.Providers.DeleteAsync(KeycardMockServer.Zone, "prv_1");

        await act.Should().ThrowExactlyAsync<IdentityProviderServerException>();
        _mock.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Not_found_on_delete_maps_the_operation()
    {
        _mock.Json("DELETE", ProviderPath, KeycardJson.Error("not_found", "gone", 404), 404);
        using var client = _mock.CreateClient();

        var act = () => client.Zones.Providers.DeleteAsync(KeycardMockServer.Zone, "prv_1");

        (await act.Should().ThrowExactlyAsync<IdentityProviderNotFoundException>()).Which.Operation.Should().Be("providers.delete");
    }

    [Fact]
    public async Task An_html_page_with_status_200_is_a_response_format_error()
    {
        _mock.Server.Given(Request.Create().WithPath(ProviderPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<html><body>Login</body></html>"));
        using var client = _mock.CreateClient();

        var act = () => client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderResponseFormatException>()).Which;
        error.StatusCode.Should().Be(200);
        error.Vendor.Should().Be("keycard");
        error.Operation.Should().Be("providers.retrieve");
        error.Message.Should().Contain("text/html").And.NotContain("Login");
        error.InnerException.Should().BeAssignableTo<JsonException>();
    }

    [Fact]
    public async Task A_provider_without_its_required_id_is_a_response_format_error_not_a_bare_json_exception()
    {
        var body = KeycardJson.Provider("prv_1").Replace("\"id\":\"prv_1\",", string.Empty, StringComparison.Ordinal);
        body.Should().NotContain("\"id\"");
        _mock.Json("GET", ProviderPath, body, headers: ("x-request-id", "req-9"));
        using var client = _mock.CreateClient();

        var act = () => client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderResponseFormatException>()).Which;
        error.RequestId.Should().Be("req-9");
        error.Message.Should().Contain("'id'");
        error.InnerException.Should().BeAssignableTo<JsonException>();
    }

    [Fact]
    public async Task A_list_page_without_page_info_is_a_response_format_error()
    {
        _mock.Json("GET", ProvidersPath, """{"items":[]}""");
        using var client = _mock.CreateClient();

        var act = async () =>
        {
            await foreach (var unused in client.Zones.Providers.ListAsync(KeycardMockServer.Zone))
            {
            }
        };

        (await act.Should().ThrowExactlyAsync<IdentityProviderResponseFormatException>()).Which.Operation.Should().Be("providers.list");
    }

    [Fact]
    public async Task An_empty_200_body_is_a_response_format_error()
    {
        _mock.Server.Given(Request.Create().WithPath(ProviderPath).UsingGet()).RespondWith(Response.Create().WithStatusCode(200));
        using var client = _mock.CreateClient();

        var act = () => client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        (await act.Should().ThrowExactlyAsync<IdentityProviderResponseFormatException>()).Which.Message.Should().Contain("empty");
    }

    [Fact]
    public async Task A_non_json_error_body_still_maps_the_status()
    {
        _mock.Server.Given(Request.Create().WithPath(ProviderPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(404).WithHeader("Content-Type", "text/plain").WithBody("nope"));
        using var client = _mock.CreateClient();

        var act = () => client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderNotFoundException>()).Which;
        error.ErrorCodes.Should().BeEmpty();
        error.Message.Should().NotContain("nope");
    }

    [Fact]
    public async Task An_unreachable_server_is_a_connection_exception()
    {
        var url = _mock.Url;
        _mock.Server.Stop();
        using var client = new KeycardClient(new KeycardClientOptions
        {
            BaseAddress = new Uri(url),
            Token = KeycardMockServer.Token,
            Retry = KeycardMockServer.FastRetry with { MaxRetries = 1 },
        });

        var act = () => client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderConnectionException>()).Which;
        error.Operation.Should().Be("providers.retrieve");
        error.Vendor.Should().Be("keycard");
    }

    [Fact]
    public async Task A_create_that_times_out_is_a_timeout_exception_with_an_unknown_outcome()
    {
        // The server holds the response ten times longer than the client's whole time budget.
        _mock.Server.Given(Request.Create().WithPath(ProvidersPath).UsingPost())
            .RespondWith(JsonResponse(200, KeycardJson.Provider("prv_1")).WithDelay(TimeSpan.FromSeconds(1)));
        using var client = _mock.CreateClient(o =>
        {
            o.Timeout = TimeSpan.FromMilliseconds(100);
            o.Retry = KeycardMockServer.FastRetry with { AttemptTimeout = TimeSpan.FromMilliseconds(100) };
        });

        var act = () => client.Zones.Providers.CreateAsync(KeycardMockServer.Zone, NewProvider);

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderTimeoutException>()).Which;
        error.OutcomeUnknown.Should().BeTrue();
        error.Operation.Should().Be("providers.create");
        error.Vendor.Should().Be("keycard");
    }

    [Fact]
    public async Task A_response_larger_than_the_cap_is_a_response_format_error()
    {
        var huge = KeycardJson.Provider("prv_1").Replace("\"name\":\"Provider prv_1\"", "\"name\":\"" + new string('x', 4096) + "\"", StringComparison.Ordinal);
        _mock.Json("GET", ProviderPath, huge);
        using var client = _mock.CreateClient(o => o.MaxResponseContentBytes = 1024);

        var act = () => client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderResponseFormatException>()).Which;
        error.StatusCode.Should().Be(200);
        error.Operation.Should().Be("providers.retrieve");
        _mock.Requests.Should().ContainSingle("a too-large response is not retried");
    }

    [Fact]
    public async Task Cancelling_a_call_throws_OperationCanceledException()
    {
        _mock.Json("GET", ProviderPath, KeycardJson.Provider("prv_1"));
        using var client = _mock.CreateClient();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var act = () => client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1", cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }
}
