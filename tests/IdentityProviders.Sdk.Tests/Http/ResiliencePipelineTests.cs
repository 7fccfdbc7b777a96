using System.Globalization;
using System.Net;
using System.Text;
using IdentityProviders.Sdk.Http;
using IdentityProviders.Sdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace IdentityProviders.Sdk.Tests.Http;

/// <summary>The resilience pipeline end to end: real HTTP over loopback to WireMock, run through <see cref="VendorApiRunner"/>.</summary>
public sealed class ResiliencePipelineTests : WireMockTestBase
{
    private const string ThingJson = """{"id":"t-1","name":"first"}""";
    private readonly VendorApiRunner _runner = new("testvendor", TestErrorParser.Parse);
    private readonly CapturingLoggerFactory _logs = new();

    private TestClientOptions Options(int maxRetries = 3)
    {
        var options = TestClientOptions.Fast(Server.Url!, maxRetries);
        options.LoggerFactory = _logs;
        return options;
    }

    private static HttpClient Client(TestClientOptions options, CountingHandler? primary = null) =>
        HttpPipeline.CreateHttpClient(options, "testvendor", typeof(Thing).Assembly, authenticator: null, primary);

    private Task<VendorResponse<Thing>> GetThing(HttpClient client, CancellationToken cancellationToken = default) =>
        _runner.SendAsync("things.get", retrySafe: true, ct => client.GetAsync(new Uri("things/1", UriKind.Relative), ct), HttpTestJsonContext.Default.Thing, cancellationToken);

    private Task<VendorResponse<Thing>> PostThing(HttpClient client, bool markIdempotent = false, bool viaDictionary = false, CancellationToken cancellationToken = default) =>
        _runner.SendAsync(
            "things.create",
            retrySafe: markIdempotent,
            async ct =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("things", UriKind.Relative))
                {
                    Content = new StringContent("""{"name":"first"}""", Encoding.UTF8, "application/json"),
                };
                if (markIdempotent && viaDictionary)
                {
                    ((IDictionary<string, object?>)request.Options)[RequestProperties.Idempotent] = true;
                }
                else if (markIdempotent)
                {
                    request.Options.Set(new HttpRequestOptionsKey<object?>(RequestProperties.Idempotent), true);
                }

                return await client.SendAsync(request, ct);
            },
            HttpTestJsonContext.Default.Thing,
            cancellationToken);

    private IEnumerable<string> RetryLogs => _logs.Entries.Where(e => e.Message.StartsWith("Retrying", StringComparison.Ordinal)).Select(e => e.Message);

    [Fact]
    public async Task A_503_then_200_succeeds_with_exactly_two_requests()
    {
        Sequence(Request.Create().WithPath("/things/1").UsingGet(), Status(503, "req-a"), Json(200, ThingJson).WithHeader("x-request-id", "req-b"));
        using var client = Client(Options());

        var response = await GetThing(client);

        response.Value.Should().Be(new Thing("t-1", "first"));
        response.StatusCode.Should().Be(200);
        response.RequestId.Should().Be("req-b");
        RequestCount.Should().Be(2);
        RetryLogs.Should().Equal("Retrying GET /things/1 (retry 1 of 3) in 1 ms after HTTP 503.");
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Each_transient_status_is_retried(int status)
    {
        Sequence(Request.Create().WithPath("/things/1").UsingGet(), Status(status, "req-a"), Json(200, ThingJson));
        using var client = Client(Options());

        (await GetThing(client)).Value.Id.Should().Be("t-1");
        RequestCount.Should().Be(2);
    }

    [Theory]
    [InlineData(400, typeof(IdentityProviderBadRequestException))]
    [InlineData(401, typeof(IdentityProviderAuthenticationException))]
    [InlineData(404, typeof(IdentityProviderNotFoundException))]
    [InlineData(409, typeof(IdentityProviderConflictException))]
    [InlineData(501, typeof(IdentityProviderServerException))]
    public async Task A_non_transient_status_is_not_retried(int status, Type expected)
    {
        Sequence(Request.Create().WithPath("/things/1").UsingGet(), Status(status, "req-x"), Json(200, ThingJson));
        using var client = Client(Options());

        var act = () => GetThing(client);

        (await act.Should().ThrowAsync<IdentityProviderApiException>()).Which.GetType().Should().Be(expected);
        RequestCount.Should().Be(1);
    }

    [Fact]
    public async Task A_429_with_retry_after_zero_seconds_is_retried_immediately()
    {
        Sequence(Request.Create().WithPath("/things/1"), Status(429, "req-a").WithHeader("Retry-After", "0"), Json(200, ThingJson));
        using var client = Client(Options());

        (await GetThing(client)).Value.Id.Should().Be("t-1");
        RequestCount.Should().Be(2);
        RetryLogs.Should().Equal("Retrying GET /things/1 (retry 1 of 3) in 0 ms after HTTP 429.");
    }

    [Fact]
    public async Task A_huge_retry_after_in_seconds_is_capped_by_MaxRetryAfter()
    {
        Sequence(Request.Create().WithPath("/things/1"), Status(429, "req-a").WithHeader("Retry-After", "86400"), Json(200, ThingJson));
        using var client = Client(Options());

        (await GetThing(client)).Value.Id.Should().Be("t-1");
        RequestCount.Should().Be(2);

        // 10 ms is MaxRetryAfter: neither the header's day nor the 1 ms computed backoff.
        RetryLogs.Should().Equal("Retrying GET /things/1 (retry 1 of 3) in 10 ms after HTTP 429.");
    }

    [Fact]
    public async Task A_retry_after_http_date_is_honoured_and_capped()
    {
        var date = DateTimeOffset.UtcNow.AddDays(1).ToString("R", CultureInfo.InvariantCulture);
        Sequence(Request.Create().WithPath("/things/1"), Status(429, "req-a").WithHeader("Retry-After", date), Json(200, ThingJson));
        using var client = Client(Options());

        (await GetThing(client)).Value.Id.Should().Be("t-1");
        RequestCount.Should().Be(2);
        RetryLogs.Should().Equal("Retrying GET /things/1 (retry 1 of 3) in 10 ms after HTTP 429.");
    }

    [Fact]
    public async Task A_retry_after_http_date_in_the_past_means_no_wait()
    {
        var date = DateTimeOffset.UtcNow.AddHours(-1).ToString("R", CultureInfo.InvariantCulture);
        Sequence(Request.Create().WithPath("/things/1"), Status(503, "req-a").WithHeader("Retry-After", date), Json(200, ThingJson));
        using var client = Client(Options());

        (await GetThing(client)).Value.Id.Should().Be("t-1");
        RetryLogs.Should().Equal("Retrying GET /things/1 (retry 1 of 3) in 0 ms after HTTP 503.");
    }

    [Fact]
    public async Task Without_retry_after_the_backoff_grows_exponentially()
    {
        Sequence(Request.Create().WithPath("/things/1"), Status(503, "a"), Status(503, "b"), Status(503, "c"), Json(200, ThingJson));
        using var client = Client(Options());

        (await GetThing(client)).Value.Id.Should().Be("t-1");
        RequestCount.Should().Be(4);
        RetryLogs.Should().Equal(
            "Retrying GET /things/1 (retry 1 of 3) in 1 ms after HTTP 503.",
            "Retrying GET /things/1 (retry 2 of 3) in 2 ms after HTTP 503.",
            "Retrying GET /things/1 (retry 3 of 3) in 4 ms after HTTP 503.");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(1)]
    public async Task A_persistent_503_fails_after_max_retries_plus_one_attempts_naming_the_request_id(int maxRetries)
    {
        Server.Given(Request.Create().WithPath("/things/1")).RespondWith(Status(503, "req-503-final"));
        using var client = Client(Options(maxRetries));

        var act = () => GetThing(client);

        var exception = (await act.Should().ThrowExactlyAsync<IdentityProviderServerException>()).Which;
        exception.StatusCode.Should().Be(503);
        exception.RequestId.Should().Be("req-503-final");
        exception.Message.Should().StartWith("testvendor things.get failed with HTTP 503 (Service Unavailable)").And.Contain("(request id req-503-final)");
        RequestCount.Should().Be(maxRetries + 1);
    }

    [Fact]
    public async Task With_zero_retries_a_503_is_not_retried()
    {
        Sequence(Request.Create().WithPath("/things/1"), Status(503, "a"), Json(200, ThingJson));
        using var client = Client(Options(maxRetries: 0));

        await FluentActions.Awaiting(() => GetThing(client)).Should().ThrowExactlyAsync<IdentityProviderServerException>();
        RequestCount.Should().Be(1);
    }

    [Fact]
    public async Task A_post_that_gets_a_503_is_not_retried()
    {
        Sequence(Request.Create().WithPath("/things").UsingPost(), Status(503, "req-post"), Json(201, ThingJson));
        using var client = Client(Options());

        var act = () => PostThing(client);

        (await act.Should().ThrowExactlyAsync<IdentityProviderServerException>()).Which.RequestId.Should().Be("req-post");
        RequestCount.Should().Be(1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_post_marked_idempotent_is_retried_with_its_body(bool viaDictionary)
    {
        Sequence(Request.Create().WithPath("/things").UsingPost(), Status(503, "req-post"), Json(200, ThingJson));
        using var client = Client(Options());

        var response = await PostThing(client, markIdempotent: true, viaDictionary: viaDictionary);

        response.Value.Id.Should().Be("t-1");
        Requests.Should().HaveCount(2).And.OnlyContain(r => r.Method == "POST" && r.Body == """{"name":"first"}""");
    }

    [Fact]
    public async Task A_connection_cut_in_the_middle_of_the_body_of_a_get_is_retried()
    {
        await using var faulty = new FaultyHttpServer(ThingJson, ConnectionFault.CutMidBody);
        var primary = new CountingHandler();
        using var client = Client(TestClientOptions.Fast(faulty.Url.ToString()), primary);

        var response = await GetThing(client);

        response.Value.Should().Be(new Thing("t-1", "first"));
        response.RequestId.Should().Be("faulty-1");
        primary.Count.Should().Be(2, "the body is read inside the retried attempt");
        faulty.RequestLines.Should().Equal("GET /things/1 HTTP/1.1", "GET /things/1 HTTP/1.1");
    }

    [Theory]
    [InlineData(ConnectionFault.ResetBeforeResponse)]
    [InlineData(ConnectionFault.CutMidBody)]
    public async Task A_broken_connection_on_a_post_marked_idempotent_is_retried(ConnectionFault fault)
    {
        await using var faulty = new FaultyHttpServer(ThingJson, fault);
        var primary = new CountingHandler();
        using var client = Client(TestClientOptions.Fast(faulty.Url.ToString()), primary);

        var response = await PostThing(client, markIdempotent: true);

        response.Value.Id.Should().Be("t-1");
        primary.Count.Should().Be(2);
        faulty.RequestLines.Should().Equal("POST /things HTTP/1.1", "POST /things HTTP/1.1");
    }

    [Fact]
    public async Task A_connection_reset_before_the_response_of_a_get_is_recovered()
    {
        // SocketsHttpHandler itself re-sends a body-less request after such a reset; the operation must simply succeed.
        await using var faulty = new FaultyHttpServer(ThingJson, ConnectionFault.ResetBeforeResponse);
        using var client = Client(TestClientOptions.Fast(faulty.Url.ToString()));

        (await GetThing(client)).Value.Id.Should().Be("t-1");
        faulty.RequestLines.Should().Equal("GET /things/1 HTTP/1.1", "GET /things/1 HTTP/1.1");
    }

    [Fact]
    public async Task A_connection_cut_that_persists_fails_with_a_connection_error_after_all_attempts()
    {
        await using var faulty = new FaultyHttpServer(ThingJson, ConnectionFault.CutMidBody, ConnectionFault.CutMidBody, ConnectionFault.CutMidBody);
        var primary = new CountingHandler();
        using var client = Client(TestClientOptions.Fast(faulty.Url.ToString(), maxRetries: 2), primary);

        var act = () => GetThing(client);

        (await act.Should().ThrowExactlyAsync<IdentityProviderConnectionException>()).Which.Message.Should()
            .StartWith("testvendor things.get failed: the connection broke while reading the response (");
        primary.Count.Should().Be(3);
    }

    [Theory]
    [InlineData(ConnectionFault.ResetBeforeResponse, "testvendor things.create failed: ")]
    [InlineData(ConnectionFault.CutMidBody, "testvendor things.create failed: the connection broke while reading the response")]
    public async Task A_broken_connection_on_a_post_is_not_retried(ConnectionFault fault, string messageStart)
    {
        await using var faulty = new FaultyHttpServer(ThingJson, fault);
        var primary = new CountingHandler();
        using var client = Client(TestClientOptions.Fast(faulty.Url.ToString()), primary);

        var act = () => PostThing(client);

        (await act.Should().ThrowExactlyAsync<IdentityProviderConnectionException>()).Which.Message.Should().StartWith(messageStart);
        primary.Count.Should().Be(1);
        faulty.RequestLines.Should().Equal("POST /things HTTP/1.1");
    }

    [Theory]
    [InlineData(FaultType.EMPTY_RESPONSE)]
    [InlineData(FaultType.MALFORMED_RESPONSE_CHUNK)]
    public async Task WireMock_faults_are_well_formed_responses_with_a_bad_body_and_fail_as_format_errors(FaultType fault)
    {
        // WireMock.Net's faults keep the connection intact: a 200 with an empty or garbage body. Not retried, not a JsonException.
        Server.Given(Request.Create().WithPath("/things/1")).RespondWith(Response.Create().WithStatusCode(200).WithBody(ThingJson).WithFault(fault));
        using var client = Client(Options());

        var act = () => GetThing(client);

        (await act.Should().ThrowExactlyAsync<IdentityProviderResponseFormatException>()).Which.StatusCode.Should().Be(200);
        RequestCount.Should().Be(1);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_even_for_a_post_and_then_reported()
    {
        using var refusing = new RefusingEndpoint();
        var url = refusing.Url;
        var primary = new CountingHandler();
        using var client = Client(TestClientOptions.Fast(url, maxRetries: 2), primary);

        var act = () => PostThing(client);

        var exception = (await act.Should().ThrowAsync<IdentityProviderConnectionException>()).Which;
        exception.Message.Should().StartWith("testvendor things.create failed: could not connect");
        exception.InnerException.Should().BeOfType<HttpRequestException>().Which.HttpRequestError.Should().Be(HttpRequestError.ConnectionError);
        primary.Count.Should().Be(3, "a request that never connected cannot have been applied, so it is safe to retry");
    }

    [Fact]
    public async Task An_attempt_that_exceeds_the_attempt_timeout_is_retried_and_succeeds()
    {
        var calls = 0;
        Server.Given(Request.Create().WithPath("/things/1")).RespondWith(Response.Create().WithCallback(async _ =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await Never;
            }

            return JsonMessage(200, ThingJson);
        }));
        var options = Options();

        // Long enough for the second, immediate answer even on a loaded machine; the first never answers.
        options.Retry = options.Retry with { AttemptTimeout = TimeSpan.FromSeconds(1) };
        var primary = new CountingHandler();
        using var client = Client(options, primary);

        (await GetThing(client)).Value.Id.Should().Be("t-1");
        primary.Count.Should().Be(2);
        Volatile.Read(ref calls).Should().Be(2);
        RetryLogs.Should().ContainSingle().Which.Should().EndWith("after TimeoutRejectedException.");
    }

    [Fact]
    public async Task A_post_that_exceeds_the_attempt_timeout_is_not_retried_and_its_outcome_is_unknown()
    {
        Server.Given(Request.Create().WithPath("/things")).RespondWith(Response.Create().WithCallback(async _ =>
        {
            await Never;
            return JsonMessage(201, ThingJson);
        }));
        var options = Options();
        options.Retry = options.Retry with { AttemptTimeout = TimeSpan.FromMilliseconds(200) };
        var primary = new CountingHandler();
        using var client = Client(options, primary);

        var act = () => PostThing(client);

        (await act.Should().ThrowExactlyAsync<IdentityProviderTimeoutException>()).Which.OutcomeUnknown.Should().BeTrue();
        primary.Count.Should().Be(1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Exceeding_the_total_timeout_fails_with_a_timeout_exception(bool post)
    {
        Server.Given(Request.Create().WithPath("/things*")).RespondWith(Response.Create().WithCallback(async _ =>
        {
            await Never;
            return JsonMessage(200, ThingJson);
        }));
        var options = Options();
        options.Timeout = TimeSpan.FromMilliseconds(300);
        var primary = new CountingHandler();
        using var client = Client(options, primary);

        var act = () => post ? PostThing(client) : GetThing(client);

        var exception = (await act.Should().ThrowExactlyAsync<IdentityProviderTimeoutException>()).Which;
        exception.OutcomeUnknown.Should().Be(post);
        exception.Vendor.Should().Be("testvendor");
        exception.Message.Should().Contain(post ? "the outcome is unknown" : "timed out (all attempts and backoff exceeded the time budget)");
        primary.Count.Should().Be(1);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_time_left_fails_at_once_with_the_servers_answer()
    {
        Sequence(Request.Create().WithPath("/things/1"), Status(429, "req-a").WithHeader("Retry-After", "30"), Json(200, ThingJson));
        var options = Options();
        options.Retry = options.Retry with { MaxRetryAfter = TimeSpan.FromMinutes(1) };
        options.Timeout = TimeSpan.FromSeconds(5);
        using var client = Client(options);

        var act = () => GetThing(client);

        var exception = (await act.Should().ThrowExactlyAsync<IdentityProviderRateLimitedException>()).Which;
        exception.RetryAfter.Should().Be(TimeSpan.FromSeconds(30));
        RetryLogs.Should().BeEmpty();
        RequestCount.Should().Be(1);
    }

    [Fact]
    public async Task Cancelling_during_the_retry_after_wait_stops_without_another_request()
    {
        Sequence(Request.Create().WithPath("/things/1"), Status(429, "req-a").WithHeader("Retry-After", "30"), Json(200, ThingJson));
        var options = Options();
        options.Retry = options.Retry with { MaxRetryAfter = TimeSpan.FromMinutes(1) };
        options.Timeout = TimeSpan.FromMinutes(2); // the 30 s wait fits the budget, so the pipeline waits
        using var cts = new CancellationTokenSource();

        // The retry is logged just before the 30 s wait starts; cancel shortly into that wait.
        _logs.OnLog = entry =>
        {
            if (entry.Message.StartsWith("Retrying", StringComparison.Ordinal))
            {
                cts.CancelAfter(TimeSpan.FromMilliseconds(50));
            }
        };
        var primary = new CountingHandler();
        using var client = Client(options, primary);

        var act = () => GetThing(client, cts.Token);

        var exception = (await act.Should().ThrowAsync<OperationCanceledException>()).Which;
        exception.CancellationToken.IsCancellationRequested.Should().BeTrue();
        RetryLogs.Should().Equal("Retrying GET /things/1 (retry 1 of 3) in 30000 ms after HTTP 429.");
        primary.Count.Should().Be(1);
        RequestCount.Should().Be(1);
    }

    [Fact]
    public async Task A_caller_token_cancelled_before_sending_sends_nothing()
    {
        Server.Given(Request.Create().WithPath("/things/1")).RespondWith(Json(200, ThingJson));
        using var client = Client(Options());
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await FluentActions.Awaiting(() => GetThing(client, cts.Token)).Should().ThrowAsync<OperationCanceledException>();
        RequestCount.Should().Be(0);
    }

    [Fact]
    public async Task A_body_larger_than_the_limit_fails_with_a_format_error_and_is_not_retried()
    {
        var big = $$"""{"id":"t-1","name":"{{new string('n', 5000)}}"}""";
        Server.Given(Request.Create().WithPath("/things/1")).RespondWith(Json(200, big));
        var options = Options();
        options.MaxResponseContentBytes = 1024;
        using var client = Client(options);

        var act = () => GetThing(client);

        var exception = (await act.Should().ThrowExactlyAsync<IdentityProviderResponseFormatException>()).Which;
        exception.StatusCode.Should().Be(200);
        exception.Message.Should().Contain("1024-byte limit").And.NotContain("nnnn");
        RequestCount.Should().Be(1);
    }

    [Fact]
    public async Task A_body_within_the_limit_is_read()
    {
        Server.Given(Request.Create().WithPath("/things/1")).RespondWith(Json(200, ThingJson));
        var options = Options();
        options.MaxResponseContentBytes = 1024;
        using var client = Client(options);

        (await GetThing(client)).Value.Name.Should().Be("first");
    }

    [Fact]
    public async Task The_user_agent_names_the_vendor_assembly_the_core_and_the_suffix()
    {
        Server.Given(Request.Create().WithPath("/things/1")).RespondWith(Json(200, ThingJson));
        var options = Options();
        options.UserAgentSuffix = "my-tool/1.2";
        using var client = Client(options);

        await GetThing(client);

        var userAgent = Header(Requests.Single(), "User-Agent");
        userAgent.Should().StartWith("IdentityProviders.Sdk.Tests/").And.Contain(" IdentityProviders.Sdk/0.1.0 (.NET ").And.EndWith(" my-tool/1.2");
    }

    [Fact]
    public async Task The_bearer_token_is_sent_on_every_attempt()
    {
        Sequence(Request.Create().WithPath("/things/1"), Status(503, "a"), Json(200, ThingJson));
        using var client = HttpPipeline.CreateHttpClient(Options(), "testvendor", typeof(Thing).Assembly, new BearerTokenAuthenticator(new StaticAccessTokenProvider("tok-123")));

        await GetThing(client);

        Requests.Select(r => Header(r, "Authorization")).Should().Equal("Bearer tok-123", "Bearer tok-123");
    }

    [Fact]
    public async Task A_custom_scheme_is_sent()
    {
        Server.Given(Request.Create().WithPath("/things/1")).RespondWith(Json(200, ThingJson));
        using var client = HttpPipeline.CreateHttpClient(Options(), "testvendor", typeof(Thing).Assembly, new BearerTokenAuthenticator(new StaticAccessTokenProvider("key-9"), "Token"));

        await GetThing(client);

        Header(Requests.Single(), "Authorization").Should().Be("Token key-9");
    }

    [Fact]
    public async Task The_path_of_the_base_address_is_kept()
    {
        Server.Given(Request.Create().WithPath("/client/v4/things/1")).RespondWith(Json(200, ThingJson));
        var options = Options();
        options.BaseAddress = new Uri(Server.Url + "/client/v4");
        using var client = Client(options);

        (await GetThing(client)).Value.Id.Should().Be("t-1");
        Requests.Single().Path.Should().Be("/client/v4/things/1");
    }

    [Fact]
    public async Task A_body_less_operation_returns_the_status()
    {
        Server.Given(Request.Create().WithPath("/things/1").UsingDelete()).RespondWith(Status(204, "req-del"));
        using var client = Client(Options());

        var response = await _runner.SendAsync("things.delete", retrySafe: false, ct => client.DeleteAsync(new Uri("things/1", UriKind.Relative), ct), CancellationToken.None);

        response.StatusCode.Should().Be((int)HttpStatusCode.NoContent);
        response.RequestId.Should().Be("req-del");
    }
}
