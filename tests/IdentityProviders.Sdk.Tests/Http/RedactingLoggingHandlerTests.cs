using System.Net.Http.Headers;
using System.Text;
using IdentityProviders.Sdk.Http;
using IdentityProviders.Sdk.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace IdentityProviders.Sdk.Tests.Http;

public sealed class RedactingLoggingHandlerTests : WireMockTestBase
{
    private const string BearerToken = "tok-SECRET-bearer-9f8e7d";
    private const string AuthKey = "authkey-SECRET-1a2b3c";
    private readonly CapturingLoggerFactory _logs = new();

    private HttpClient Client(bool logBodies)
    {
        var options = TestClientOptions.Fast(Server.Url!);
        options.LoggerFactory = _logs;
        options.LogBodies = logBodies;
        return HttpPipeline.CreateHttpClient(options, "testvendor", typeof(Thing).Assembly, new BearerTokenAuthenticator(new StaticAccessTokenProvider(BearerToken)));
    }

    private static async Task SendAsync(HttpClient client, HttpMethod method, string path, string? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Auth-Key", AuthKey);
        request.Headers.Add("X-Auth-Email", "admin@example.test");
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Logs_method_url_and_status_but_never_credentials()
    {
        Server.Given(Request.Create().WithPath("/things/1")).RespondWith(
            Response.Create().WithStatusCode(200).WithHeader("x-request-id", "req-log").WithHeader("Set-Cookie", "session=cookie-SECRET").WithBody("{}"));
        using var client = Client(logBodies: false);

        await SendAsync(client, HttpMethod.Get, "things/1?page=2");

        var url = $"{Server.Url}/things/1?page=2";
        _logs.Entries.Should().OnlyContain(e => e.Category == "IdentityProviders.Http.testvendor");
        var lines = _logs.Entries.Select(e => e.Message).ToList();
        lines.Should().HaveCount(2);
        lines[0].Should().StartWith($"HTTP GET {url} [").And.Contain("Authorization=***").And.Contain("X-Auth-Key=***").And.Contain("User-Agent=IdentityProviders.Sdk.Tests/");
        lines[1].Should().StartWith($"HTTP GET {url} -> 200 in ").And.Contain("X-Request-ID=req-log").And.Contain("Set-Cookie=***");
        _logs.AllText.Should().NotContain(BearerToken).And.NotContain(AuthKey).And.NotContain("cookie-SECRET").And.NotContain("admin@example.test");
        _logs.Entries.Should().OnlyContain(e => e.Level == LogLevel.Debug);
    }

    [Fact]
    public async Task Logs_each_attempt_and_the_retry()
    {
        Sequence(Request.Create().WithPath("/things/1"), Status(503, "req-1"), Json(200, "{}"));
        using var client = Client(logBodies: false);

        await SendAsync(client, HttpMethod.Get, "things/1");

        var lines = _logs.Entries.Select(e => e.Message).ToList();
        lines.Should().HaveCount(5);
        lines[1].Should().Contain("-> 503 in ");
        lines[2].Should().Be("Retrying GET /things/1 (retry 1 of 3) in 1 ms after HTTP 503.");
        _logs.Entries[2].Level.Should().Be(LogLevel.Warning);
        lines[4].Should().Contain("-> 200 in ");
        _logs.AllText.Should().NotContain(BearerToken).And.NotContain(AuthKey);
    }

    [Fact]
    public async Task With_LogBodies_bodies_are_logged_at_trace_with_secrets_redacted()
    {
        Server.Given(Request.Create().WithPath("/things").UsingPost()).RespondWith(
            Json(201, """{"id":"t-1","client_secret":"resp-s3cr3t","config":{"bind_password":"ldap-pw","client_secret_set":true}}"""));
        using var client = Client(logBodies: true);

        await SendAsync(client, HttpMethod.Post, "things", """{"name":"n","client_secret":"s3cr3t","nested":[{"private_key":"-----BEGIN KEY-----"}]}""");

        var bodies = _logs.Entries.Where(e => e.Level == LogLevel.Trace).Select(e => e.Message).ToList();
        bodies.Should().Equal(
            """HTTP request body {"name":"n","client_secret":"***REDACTED***","nested":[{"private_key":"***REDACTED***"}]}""",
            """HTTP response body {"id":"t-1","client_secret":"***REDACTED***","config":{"bind_password":"***REDACTED***","client_secret_set":true}}""");
        _logs.AllText.Should().NotContain("s3cr3t").And.NotContain("ldap-pw").And.NotContain("BEGIN KEY").And.NotContain(BearerToken);
        Requests.Single().Body.Should().Be("""{"name":"n","client_secret":"s3cr3t","nested":[{"private_key":"-----BEGIN KEY-----"}]}""", "logging must not consume or alter the request body");
    }

    [Fact]
    public async Task A_non_json_body_is_not_logged_even_with_LogBodies()
    {
        Server.Given(Request.Create().WithPath("/things/1")).RespondWith(
            Response.Create().WithStatusCode(500).WithHeader("Content-Type", "text/plain").WithBody("password=hunter2"));
        using var client = Client(logBodies: true);

        await SendAsync(client, HttpMethod.Get, "things/1");

        _logs.Entries.Where(e => e.Level == LogLevel.Trace).Select(e => e.Message).Should().AllBe("HTTP response body <16 characters of non-JSON content omitted>");
        _logs.AllText.Should().NotContain("hunter2");
    }

    [Fact]
    public async Task Without_LogBodies_no_body_is_logged()
    {
        Server.Given(Request.Create().WithPath("/things").UsingPost()).RespondWith(Json(201, """{"id":"visible-only-in-body"}"""));
        using var client = Client(logBodies: false);

        await SendAsync(client, HttpMethod.Post, "things", """{"name":"request-body-marker"}""");

        _logs.Entries.Should().NotContain(e => e.Level == LogLevel.Trace);
        _logs.AllText.Should().NotContain("visible-only-in-body").And.NotContain("request-body-marker");
    }

    [Fact]
    public async Task A_network_failure_is_logged_with_the_error_type_only()
    {
        using var refusing = new RefusingEndpoint();
        var url = refusing.Url;
        var options = TestClientOptions.Fast(url, maxRetries: 0);
        options.LoggerFactory = _logs;
        using var client = HttpPipeline.CreateHttpClient(options, "testvendor", typeof(Thing).Assembly, new BearerTokenAuthenticator(new StaticAccessTokenProvider(BearerToken)));

        await FluentActions.Awaiting(() => SendAsync(client, HttpMethod.Get, "things/1")).Should().ThrowAsync<HttpRequestException>();

        _logs.Entries.Select(e => e.Message).Last().Should().StartWith($"HTTP GET {url}/things/1 failed after ").And.EndWith(" ms: HttpRequestException");
        _logs.AllText.Should().NotContain(BearerToken).And.NotContain(AuthKey);
    }

    [Fact]
    public void FormatHeaders_shows_allow_listed_values_and_masks_the_rest()
    {
        using var request = new HttpRequestMessage();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BearerToken);
        request.Headers.Add("x-request-id", "r-1");
        request.Headers.Add("Cookie", "a=b");
        request.Content = new StringContent("{}", Encoding.UTF8, "application/json");

        RedactingLoggingHandler.FormatHeaders(request.Headers, request.Content.Headers).Should()
            .Be("[Authorization=***, X-Request-ID=r-1, Cookie=***, Content-Type=application/json; charset=utf-8]");
    }
}
