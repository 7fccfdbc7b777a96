using System.Text;
using IdentityProviders.Sdk.Http;
using IdentityProviders.Sdk.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace IdentityProviders.Sdk.Tests.Http;

public sealed class ClientCredentialsTokenProviderTests : WireMockTestBase
{
    private const string Secret = "cc-SECRET-value-77";
    private readonly HttpClient _http;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));

    public ClientCredentialsTokenProviderTests()
    {
        _http = Track(new HttpClient());
    }

    private ClientCredentialsOptions Options(string clientId = "client-1", string secret = Secret, string? scope = "idp.read idp.write") => new()
    {
        TokenEndpoint = new Uri(Server.Url + "/oauth/token"),
        ClientId = clientId,
        ClientSecret = secret,
        Scope = scope,
    };

    private ClientCredentialsTokenProvider Provider(ClientCredentialsOptions? options = null) => new(options ?? Options(), _http, "testvendor", _time);

    private static IResponseBuilder Token(string token, int? expiresIn = 3600) =>
        Json(200, expiresIn is null
            ? $$"""{"access_token":"{{token}}","token_type":"Bearer"}"""
            : $$"""{"access_token":"{{token}}","token_type":"Bearer","expires_in":{{expiresIn}}}""");

    private static IRequestBuilder TokenRequest => Request.Create().WithPath("/oauth/token").UsingPost();

    [Fact]
    public async Task Sends_basic_auth_and_the_client_credentials_grant()
    {
        Server.Given(TokenRequest).RespondWith(Token("at-1"));
        using var provider = Provider();

        (await provider.GetTokenAsync(CancellationToken.None)).Should().Be("at-1");

        var request = Requests.Single();
        Header(request, "Authorization").Should().Be("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"client-1:{Secret}")));
        Header(request, "Content-Type").Should().StartWith("application/x-www-form-urlencoded");
        request.Body.Should().Be("grant_type=client_credentials&scope=idp.read+idp.write");
    }

    [Fact]
    public async Task Credentials_are_form_encoded_inside_basic_auth()
    {
        Server.Given(TokenRequest).RespondWith(Token("at-1"));
        using var provider = Provider(Options(clientId: "id:with@chars", secret: "p@ss:word", scope: null));

        await provider.GetTokenAsync(CancellationToken.None);

        var request = Requests.Single();
        Header(request, "Authorization").Should().Be("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("id%3Awith%40chars:p%40ss%3Aword")));
        request.Body.Should().Be("grant_type=client_credentials");
    }

    [Fact]
    public async Task A_token_is_cached()
    {
        Sequence(TokenRequest, Token("at-1"), Token("at-2"));
        using var provider = Provider();

        (await provider.GetTokenAsync(CancellationToken.None)).Should().Be("at-1");
        (await provider.GetTokenAsync(CancellationToken.None)).Should().Be("at-1");

        RequestCount.Should().Be(1);
        provider.TokensFetched.Should().Be(1);
    }

    [Fact]
    public async Task A_token_is_refreshed_the_refresh_margin_before_it_expires()
    {
        Sequence(TokenRequest, Token("at-1", expiresIn: 3600), Token("at-2", expiresIn: 3600));
        using var provider = Provider();
        (await provider.GetTokenAsync(CancellationToken.None)).Should().Be("at-1");

        // Refresh is due at 3600 s - 60 s margin.
        _time.Advance(TimeSpan.FromSeconds(3539));
        (await provider.GetTokenAsync(CancellationToken.None)).Should().Be("at-1");
        RequestCount.Should().Be(1);

        _time.Advance(TimeSpan.FromSeconds(1));
        (await provider.GetTokenAsync(CancellationToken.None)).Should().Be("at-2");
        RequestCount.Should().Be(2);
        provider.TokensFetched.Should().Be(2);
    }

    [Fact]
    public async Task A_short_lived_token_is_refreshed_at_half_its_lifetime()
    {
        Sequence(TokenRequest, Token("at-1", expiresIn: 10), Token("at-2", expiresIn: 10));
        using var provider = Provider();
        await provider.GetTokenAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(4.9));
        (await provider.GetTokenAsync(CancellationToken.None)).Should().Be("at-1");

        _time.Advance(TimeSpan.FromSeconds(0.1));
        (await provider.GetTokenAsync(CancellationToken.None)).Should().Be("at-2");
        RequestCount.Should().Be(2);
    }

    [Fact]
    public async Task A_token_without_expires_in_is_kept_for_five_minutes_less_the_margin()
    {
        Sequence(TokenRequest, Token("at-1", expiresIn: null), Token("at-2", expiresIn: null));
        using var provider = Provider();
        await provider.GetTokenAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(239));
        (await provider.GetTokenAsync(CancellationToken.None)).Should().Be("at-1");

        _time.Advance(TimeSpan.FromSeconds(1));
        (await provider.GetTokenAsync(CancellationToken.None)).Should().Be("at-2");
    }

    [Fact]
    public async Task Fifty_concurrent_callers_on_a_cold_cache_share_one_request()
    {
        var started = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Server.Given(TokenRequest).RespondWith(Response.Create().WithCallback(async _ =>
        {
            Interlocked.Increment(ref started);
            await release.Task;
            return JsonMessage(200, """{"access_token":"at-shared","expires_in":3600}""");
        }));
        using var provider = Provider();

        var callers = Enumerable.Range(0, 50).Select(_ => Task.Run(() => provider.GetTokenAsync(CancellationToken.None).AsTask())).ToArray();
        release.SetResult();
        var tokens = await Task.WhenAll(callers);

        tokens.Should().HaveCount(50).And.OnlyContain(t => t == "at-shared");
        RequestCount.Should().Be(1);
        Volatile.Read(ref started).Should().Be(1);
        provider.TokensFetched.Should().Be(1);
    }

    [Theory]
    [InlineData(400, "invalid_client")]
    [InlineData(400, "invalid_grant")]
    [InlineData(401, "invalid_client")]
    public async Task Rejected_credentials_fail_with_an_authentication_exception_without_the_secret(int status, string error)
    {
        Server.Given(TokenRequest).RespondWith(
            Json(status, $$"""{"error":"{{error}}","error_description":"Client authentication failed"}""").WithHeader("x-request-id", "req-tok"));
        using var provider = Provider();

        var act = () => provider.GetTokenAsync(CancellationToken.None).AsTask();

        var exception = (await act.Should().ThrowExactlyAsync<IdentityProviderAuthenticationException>()).Which;
        exception.StatusCode.Should().Be(401);
        exception.ErrorCodes.Should().Equal(error);
        exception.RequestId.Should().Be("req-tok");
        exception.Operation.Should().Be("oauth.token");
        var received = status == 401 ? "" : $"; reported in an HTTP {status} response";
        exception.Message.Should().Be($"testvendor oauth.token failed with HTTP 401 (Unauthorized{received}): [{error}] Client authentication failed (request id req-tok).");
        exception.Details.ReceivedStatusCode.Should().Be(status == 401 ? null : status);
        exception.ToString().Should().NotContain(Secret);
        provider.TokensFetched.Should().Be(0);
    }

    [Fact]
    public async Task Another_400_stays_a_bad_request()
    {
        Server.Given(TokenRequest).RespondWith(Json(400, """{"error":"invalid_scope"}"""));
        using var provider = Provider();

        var act = () => provider.GetTokenAsync(CancellationToken.None).AsTask();

        (await act.Should().ThrowExactlyAsync<IdentityProviderBadRequestException>()).Which.ErrorCodes.Should().Equal("invalid_scope");
    }

    [Fact]
    public async Task A_non_json_error_is_reported_by_status()
    {
        Server.Given(TokenRequest).RespondWith(Response.Create().WithStatusCode(503).WithBody("<html>down</html>"));
        using var provider = Provider();

        var act = () => provider.GetTokenAsync(CancellationToken.None).AsTask();

        (await act.Should().ThrowExactlyAsync<IdentityProviderServerException>()).Which.Message.Should().NotContain("down");
    }

    [Theory]
    [InlineData("<html>login</html>", "with a body that is not a token response")]
    [InlineData("""{"token_type":"Bearer"}""", "without an access_token")]
    public async Task A_success_without_a_token_is_a_format_error(string body, string expected)
    {
        Server.Given(TokenRequest).RespondWith(Response.Create().WithStatusCode(200).WithBody(body));
        using var provider = Provider();

        var act = () => provider.GetTokenAsync(CancellationToken.None).AsTask();

        (await act.Should().ThrowExactlyAsync<IdentityProviderResponseFormatException>()).Which.Message.Should().Contain(expected);
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_a_connection_error_without_the_secret()
    {
        using var refusing = new RefusingEndpoint();
        var url = refusing.Url;
        using var provider = new ClientCredentialsTokenProvider(Options() with { TokenEndpoint = new Uri(url + "/oauth/token?x=1") }, _http, "testvendor", _time);

        var act = () => provider.GetTokenAsync(CancellationToken.None).AsTask();

        var exception = (await act.Should().ThrowExactlyAsync<IdentityProviderConnectionException>()).Which;
        exception.Message.Should().Contain($"the token endpoint {url}/oauth/token could not be reached").And.NotContain(Secret);
    }

    [Fact]
    public void ToString_never_shows_the_secret()
    {
        var options = Options();
        using var provider = Provider(options);

        options.ToString().Should().Contain("ClientId = client-1").And.Contain("ClientSecret = ***REDACTED***").And.NotContain(Secret);
        provider.ToString().Should().Contain("ClientSecret = ***REDACTED***").And.NotContain(Secret);
        new StaticAccessTokenProvider(Secret).ToString().Should().NotContain(Secret);
        new BearerTokenAuthenticator(new StaticAccessTokenProvider(Secret)).ToString().Should().NotContain(Secret);
    }

    [Fact]
    public void Missing_credentials_are_rejected()
    {
        FluentActions.Invoking(() => Provider(Options(clientId: " "))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Provider(Options(secret: ""))).Should().Throw<ArgumentException>();
    }
}
