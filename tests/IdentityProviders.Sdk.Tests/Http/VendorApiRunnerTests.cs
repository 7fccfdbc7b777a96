using System.Text.Json;
using IdentityProviders.Sdk.Http;
using IdentityProviders.Sdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace IdentityProviders.Sdk.Tests.Http;

/// <summary>How <see cref="VendorApiRunner"/> turns bodies and error responses into the SDK's contract.</summary>
public sealed class VendorApiRunnerTests : WireMockTestBase
{
    private readonly VendorApiRunner _runner = new("testvendor", TestErrorParser.Parse);

    private HttpClient Client(int maxRetries = 0) =>
        HttpPipeline.CreateHttpClient(TestClientOptions.Fast(Server.Url!, maxRetries), "testvendor", typeof(Thing).Assembly, authenticator: null);

    private Task<VendorResponse<Thing>> GetThing(HttpClient client, VendorApiRunner? runner = null) =>
        (runner ?? _runner).SendAsync("things.get", retrySafe: true, ct => client.GetAsync(new Uri("things/1", UriKind.Relative), ct), HttpTestJsonContext.Default.Thing, CancellationToken.None);

    private void Respond(int status, string body, string contentType = "application/json") =>
        Server.Given(Request.Create().WithPath("/things/1")).RespondWith(
            Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithHeader("x-request-id", "req-42").WithBody(body));

    [Fact]
    public async Task An_html_page_with_status_200_is_a_format_error_not_a_json_exception()
    {
        Respond(200, "<html><body>Gateway login page for internal-host-17</body></html>", "text/html");
        using var client = Client();

        var act = () => GetThing(client);

        var exception = (await act.Should().ThrowExactlyAsync<IdentityProviderResponseFormatException>()).Which;
        exception.StatusCode.Should().Be(200);
        exception.RequestId.Should().Be("req-42");
        exception.InnerException.Should().BeAssignableTo<JsonException>();
        exception.Message.Should().StartWith("testvendor things.get returned HTTP 200 but the response body is not the expected JSON (text/html, ")
            .And.EndWith("(request id req-42).")
            .And.NotContain("Gateway login").And.NotContain("internal-host-17");
    }

    [Fact]
    public async Task An_empty_body_with_status_200_is_a_format_error()
    {
        Respond(200, string.Empty);
        using var client = Client();

        var act = () => GetThing(client);

        (await act.Should().ThrowExactlyAsync<IdentityProviderResponseFormatException>()).Which.Message.Should()
            .Be("testvendor things.get returned HTTP 200 but the response body is empty (request id req-42).");
    }

    [Fact]
    public async Task A_json_null_body_is_a_format_error()
    {
        Respond(200, "null");
        using var client = Client();

        var act = () => GetThing(client);

        (await act.Should().ThrowExactlyAsync<IdentityProviderResponseFormatException>()).Which.Message.Should()
            .Be("testvendor things.get returned HTTP 200 but the response body is JSON null (request id req-42).");
    }

    [Fact]
    public async Task Json_of_the_wrong_shape_is_a_format_error()
    {
        Respond(200, """{"id":123,"name":"x"}""");
        using var client = Client();

        var act = () => GetThing(client);

        (await act.Should().ThrowExactlyAsync<IdentityProviderResponseFormatException>()).Which.Message.Should().Contain("$.id");
    }

    [Fact]
    public async Task A_404_with_a_vendor_error_body_is_a_not_found_exception_with_codes_and_messages()
    {
        Respond(404, """{"errors":[{"code":"thing_not_found","message":"Thing t-1 does not exist"}],"debug":{"client_secret":"leaked-s3cret","trace":"internal-trace-xyz"}}""");
        using var client = Client();

        var act = () => GetThing(client);

        var exception = (await act.Should().ThrowExactlyAsync<IdentityProviderNotFoundException>()).Which;
        exception.ErrorCodes.Should().Equal("thing_not_found");
        exception.ErrorMessages.Should().Equal("Thing t-1 does not exist");
        exception.RequestId.Should().Be("req-42");
        exception.Message.Should().Be("testvendor things.get failed with HTTP 404 (Not Found): [thing_not_found] Thing t-1 does not exist (request id req-42).");
        RequestCount.Should().Be(1);
    }

    [Fact]
    public async Task A_non_json_error_body_is_described_not_quoted()
    {
        Respond(500, "Traceback: password=hunter2 at /srv/app.py line 12", "text/plain");
        using var client = Client(maxRetries: 0);

        var act = () => GetThing(client);

        var exception = (await act.Should().ThrowExactlyAsync<IdentityProviderServerException>()).Which;
        exception.Message.Should().StartWith("testvendor things.get failed with HTTP 500 (Internal Server Error): non-JSON error body (text/plain")
            .And.NotContain("Traceback").And.NotContain("hunter2").And.NotContain("app.py");
        exception.ErrorCodes.Should().BeEmpty();
    }

    [Fact]
    public async Task A_json_error_body_the_parser_does_not_recognize_is_described_not_quoted()
    {
        Respond(409, """{"detail":"name already taken by secret-project-x"}""");
        using var client = Client();

        var act = () => GetThing(client);

        var exception = (await act.Should().ThrowExactlyAsync<IdentityProviderConflictException>()).Which;
        exception.ErrorMessages.Should().ContainSingle().Which.Should().StartWith("unrecognized JSON error body (");
        exception.Message.Should().NotContain("secret-project-x");
    }

    [Fact]
    public async Task Without_a_parser_a_json_error_body_is_not_quoted()
    {
        Respond(403, """{"errors":[{"code":"forbidden","message":"no"}]}""");
        using var client = Client();

        var act = () => GetThing(client, new VendorApiRunner("testvendor", errorParser: null));

        (await act.Should().ThrowExactlyAsync<IdentityProviderPermissionDeniedException>()).Which.Message.Should()
            .StartWith("testvendor things.get failed with HTTP 403 (Forbidden): unrecognized JSON error body (").And.NotContain("forbidden]");
    }

    [Fact]
    public async Task An_error_without_a_body_uses_the_reason_phrase()
    {
        Server.Given(Request.Create().WithPath("/things/1")).RespondWith(Response.Create().WithStatusCode(401));
        using var client = Client();

        var act = () => GetThing(client);

        (await act.Should().ThrowExactlyAsync<IdentityProviderAuthenticationException>()).Which.ErrorMessages.Should().Equal("Unauthorized");
    }

    [Fact]
    public async Task A_429_that_persists_carries_the_retry_after_hint()
    {
        Server.Given(Request.Create().WithPath("/things/1")).RespondWith(
            Response.Create().WithStatusCode(429).WithHeader("Retry-After", "7").WithHeader("x-request-id", "req-rl"));
        using var client = Client(maxRetries: 1);

        var act = () => GetThing(client);

        var exception = (await act.Should().ThrowExactlyAsync<IdentityProviderRateLimitedException>()).Which;
        exception.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
        exception.Message.Should().Contain("retry after 7s").And.Contain("(request id req-rl)");
        RequestCount.Should().Be(2);
    }

    [Fact]
    public async Task The_request_id_is_read_from_the_configured_headers_in_order()
    {
        Server.Given(Request.Create().WithPath("/things/1")).RespondWith(
            Json(200, """{"id":"t-1","name":"n"}""").WithHeader("x-request-id", "generic").WithHeader("cf-ray", "ray-1"));
        using var client = Client();

        (await GetThing(client, new VendorApiRunner("testvendor", null, ["cf-ray", "x-request-id"]))).RequestId.Should().Be("ray-1");
        (await GetThing(client)).RequestId.Should().Be("generic");
    }

    [Fact]
    public async Task A_large_body_with_union_variants_is_deserialized()
    {
        // Larger than JsonSerializer's stream buffer, so union converters see partial (non-final) reader blocks.
        var shapes = string.Join(",", Enumerable.Range(0, 1500).Select(i => i % 2 == 0
            ? $$"""{"radius":{{i}},"padding":"{{new string('p', 20)}}","type":"circle"}"""
            : $$"""{"extra":{"a":[1,2,3]},"type":"triangle"}"""));
        Respond(200, $$"""{"shapes":[{{shapes}}]}""");
        using var client = Client();

        var response = await _runner.SendAsync(
            "drawings.get", retrySafe: true, ct => client.GetAsync(new Uri("things/1", UriKind.Relative), ct), Sdk.Tests.Json.UnionTestJsonContext.Default.Drawing, CancellationToken.None);

        response.Value.Shapes.Should().HaveCount(1500);
        response.Value.Shapes.OfType<Sdk.Tests.Json.Circle>().Select(c => c.Radius).Should().Equal(Enumerable.Range(0, 750).Select(i => (double)(i * 2)));
        response.Value.Shapes.OfType<Sdk.Tests.Json.UnknownShape>().Should().HaveCount(750).And.OnlyContain(u => u.Discriminator == "triangle");
    }

    [Fact]
    public async Task An_empty_vendor_or_operation_is_rejected()
    {
        FluentActions.Invoking(() => new VendorApiRunner("", null)).Should().Throw<ArgumentException>();
        var sent = 0;
        var act = () => _runner.SendAsync("", true, _ => Task.FromResult(new HttpResponseMessage { Version = new Version(++sent, 1) }), CancellationToken.None);
        await act.Should().ThrowAsync<ArgumentException>();
        sent.Should().Be(0);
    }
}
