using System.Diagnostics;
using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Diagnostics;
using IdentityProviders.Sdk.Http;
using IdentityProviders.Sdk.Tests.TestSupport;
using IdentityProviders.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace IdentityProviders.Sdk.Tests.Diagnostics;

/// <summary>
/// The activities and metrics of <see cref="IdentityProviderTelemetry"/> as the runner, the pipeline and the pagers
/// emit them, observed with plain <see cref="ActivityListener"/> and <see cref="System.Diagnostics.Metrics.MeterListener"/>.
/// Each test owns a telemetry instance with a unique name, so parallel tests never mix.
/// </summary>
public sealed class TelemetryTests : WireMockTestBase
{
    private const string Vendor = "testvendor";
    private const string ClientSecret = "cc-s3cr3t-client-secret";
    private const string AccessToken = "at-s3cr3t-access-token";
    private const string QueryToken = "qs-s3cr3t-query-token";

    private readonly IdentityProviderTelemetry _telemetry;

    public TelemetryTests()
    {
        _telemetry = Track(new IdentityProviderTelemetry(Vendor, $"Tests.Telemetry.{Guid.NewGuid():N}", "1.2.3"));
    }

    private Uri ServerUri => new(Server.Url!);

    /// <summary>An API client whose bearer token comes from a client-credentials token endpoint with its own pipeline.</summary>
    private (HttpClient Api, VendorApiRunner Runner) CreateClient()
    {
        var options = TestClientOptions.Fast(Server.Url!);
        var tokenHttp = Track(HttpPipeline.CreateHttpClient(options, Vendor, typeof(Thing).Assembly, authenticator: null, telemetry: _telemetry));
        var tokens = Track(new ClientCredentialsTokenProvider(
            new ClientCredentialsOptions { TokenEndpoint = new Uri(Server.Url + "/oauth/token"), ClientId = "client-1", ClientSecret = ClientSecret },
            tokenHttp,
            Vendor));
        var api = Track(HttpPipeline.CreateHttpClient(options, Vendor, typeof(Thing).Assembly, new BearerTokenAuthenticator(tokens), telemetry: _telemetry));
        Server.Given(Request.Create().WithPath("/oauth/token").UsingPost())
            .RespondWith(Json(200, $$"""{"access_token":"{{AccessToken}}","token_type":"Bearer","expires_in":3600}"""));
        return (api, new VendorApiRunner(Vendor, TestErrorParser.Parse, telemetry: _telemetry));
    }

    private static CursorPager<Thing> ListThings(HttpClient api, VendorApiRunner runner) => new(
        new PagerContext(Vendor, "things.list") { Telemetry = runner.Telemetry },
        async (cursor, _, ct) =>
        {
            var response = await runner.SendAsync(
                "things.list",
                retrySafe: true,
                c => api.GetAsync(new Uri($"things?cursor={cursor}&access_token={QueryToken}", UriKind.Relative), c),
                TelemetryTestJsonContext.Default.ThingPage,
                ct);
            return new PageResult<Thing>(response.Value.Items, response.RequestId) { NextCursor = response.Value.Next };
        },
        static t => t.Id,
        initialCursor: "c1");

    private static IRequestBuilder PageRequest(string cursor) => Request.Create().WithPath("/things").WithParam("cursor", cursor).UsingGet();

    private static string PageJson(string? next, params string[] ids) =>
        $$"""{"items":[{{string.Join(",", ids.Select(id => $$"""{"id":"{{id}}","name":"thing {{id}}"}"""))}}],"next":{{(next is null ? "null" : $"\"{next}\"")}}}""";

    [Fact]
    public async Task A_listing_of_three_pages_with_one_retry_is_one_operation_activity_per_page_with_an_activity_per_attempt_and_is_measured()
    {
        var (api, runner) = CreateClient();
        Server.Given(PageRequest("c1")).RespondWith(Json(200, PageJson("c2", "t1", "t2", "t3")));
        Sequence(PageRequest("c2"), Status(503, "req-503"), Json(200, PageJson("c3", "t4", "t5", "t6")));
        Server.Given(PageRequest("c3")).RespondWith(Json(200, PageJson(null, "t7", "t8")));
        using var recorder = new TelemetryRecorder(_telemetry.Name);

        var ids = new List<string>();
        await foreach (var thing in ListThings(api, runner))
        {
            ids.Add(thing.Id);
        }

        ids.Should().Equal("t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8");
        var activities = recorder.Activities;

        // One operation activity per page, children of whatever was current when enumerating.
        var operations = activities.Where(a => a.DisplayName == "testvendor things.list").ToList();
        operations.Should().HaveCount(3);
        operations.Should().OnlyContain(a => a.Kind == ActivityKind.Client && a.ParentSpanId == recorder.Root.SpanId && a.Source.Name == _telemetry.Name);
        operations.Select(a => a.GetTagItem("idp.page.number")).Should().Equal(1, 2, 3);
        operations.Select(a => a.GetTagItem("idp.page.item_count")).Should().Equal(3, 3, 2);
        operations.Select(a => a.GetTagItem("idp.retry_count")).Should().Equal(0, 1, 0);
        operations.Should().OnlyContain(a =>
            (string?)a.GetTagItem("idp.vendor") == Vendor
            && (string?)a.GetTagItem("idp.operation") == "things.list"
            && (int?)a.GetTagItem("http.response.status_code") == 200
            && a.GetTagItem("error.type") == null
            && a.Status == ActivityStatusCode.Unset);

        // One activity per GET attempt, each a child of its page's operation.
        var attempts = activities.Where(a => a.DisplayName == "GET").ToList();
        attempts.Should().HaveCount(4);
        attempts.Select(a => a.ParentSpanId).Should().Equal(operations[0].SpanId, operations[1].SpanId, operations[1].SpanId, operations[2].SpanId);
        attempts.Select(a => a.GetTagItem("http.response.status_code")).Should().Equal(200, 503, 200, 200);
        attempts.Select(a => a.GetTagItem("http.request.resend_count")).Should().Equal(new object?[] { null, null, 1, null });
        attempts.Select(a => a.GetTagItem("error.type")).Should().Equal(new object?[] { null, "503", null, null });
        attempts.Select(a => a.Status).Should().Equal(ActivityStatusCode.Unset, ActivityStatusCode.Error, ActivityStatusCode.Unset, ActivityStatusCode.Unset);
        attempts.Should().OnlyContain(a =>
            a.Kind == ActivityKind.Client
            && (string?)a.GetTagItem("http.request.method") == "GET"
            && (string?)a.GetTagItem("server.address") == ServerUri.Host
            && (int?)a.GetTagItem("server.port") == ServerUri.Port
            && (string?)a.GetTagItem("idp.vendor") == Vendor
            && (string?)a.GetTagItem("idp.operation") == "things.list");
        attempts.Select(a => (string?)a.GetTagItem("url.full")).Should().Equal(
            $"{Server.Url}/things?cursor=c1&access_token=REDACTED",
            $"{Server.Url}/things?cursor=c2&access_token=REDACTED",
            $"{Server.Url}/things?cursor=c2&access_token=REDACTED",
            $"{Server.Url}/things?cursor=c3&access_token=REDACTED");

        // The token request made by the authentication handler during the first attempt is that attempt's child, not
        // an attempt of the operation.
        var token = activities.Should().ContainSingle(a => a.DisplayName == "POST").Subject;
        token.ParentSpanId.Should().Be(attempts[0].SpanId);
        token.GetTagItem("idp.operation").Should().BeNull();
        token.GetTagItem("url.full").Should().Be($"{Server.Url}/oauth/token");

        // No token, secret or header anywhere.
        recorder.AllActivityText().Should().NotContain(text =>
            text.Contains(AccessToken, StringComparison.Ordinal) || text.Contains(ClientSecret, StringComparison.Ordinal)
            || text.Contains(QueryToken, StringComparison.Ordinal) || text.Contains("Bearer", StringComparison.OrdinalIgnoreCase)
            || text.Contains("Basic ", StringComparison.Ordinal));
        recorder.Measurements.SelectMany(m => m.Tags).Should().NotContain(t =>
            (t.Value as string ?? string.Empty).Contains("s3cr3t", StringComparison.Ordinal));

        // Metrics.
        var requests = recorder.MeasurementsOf("http.client.request.duration").Where(m => m.HasTag("server.port", ServerUri.Port)).ToList();
        requests.Should().HaveCount(5).And.OnlyContain(m => m.Unit == "s" && m.Value >= 0 && m.HasTag("server.address", ServerUri.Host) && m.HasTag("idp.vendor", Vendor) && m.HasTag("url.scheme", "http"));
        var gets = requests.Where(m => m.HasTag("http.request.method", "GET")).ToList();
        gets.Select(m => m.Tag("http.response.status_code")).Should().Equal(200, 503, 200, 200);
        gets.Select(m => m.Tag("error.type")).Should().Equal(new object?[] { null, "503", null, null });
        gets.Should().OnlyContain(m => m.HasTag("idp.operation", "things.list"));
        requests.Should().ContainSingle(m => m.HasTag("http.request.method", "POST") && m.Tag("idp.operation") == null);

        var retries = recorder.MeasurementsOf("idp.client.retries");
        retries.Should().ContainSingle().Which.Should().Match<RecordedMeasurement>(m =>
            m.Value == 1 && m.Unit == "{retry}" && m.HasTag("idp.operation", "things.list") && m.HasTag("error.type", "503") && m.HasTag("http.request.method", "GET"));
        recorder.MeasurementsOf("idp.client.pages").Should().OnlyContain(m => m.Unit == "{page}" && m.HasTag("idp.vendor", Vendor) && m.HasTag("idp.operation", "things.list"))
            .And.Subject.Sum(m => m.Value).Should().Be(3);
        recorder.MeasurementsOf("idp.client.items").Should().OnlyContain(m => m.Unit == "{item}" && m.HasTag("idp.operation", "things.list"))
            .And.Subject.Sum(m => m.Value).Should().Be(8);
        var operationDurations = recorder.MeasurementsOf("idp.client.operation.duration");
        operationDurations.Should().HaveCount(3).And.OnlyContain(m =>
            m.Unit == "s" && m.Value > 0 && m.HasTag("idp.vendor", Vendor) && m.HasTag("idp.operation", "things.list") && m.HasTag("http.response.status_code", 200) && m.Tag("error.type") == null);
    }

    [Fact]
    public async Task A_failed_operation_is_an_error_activity_with_the_status_as_error_type()
    {
        var (api, runner) = CreateClient();
        Server.Given(Request.Create().WithPath("/things/missing").UsingGet())
            .RespondWith(Json(404, """{"errors":[{"code":"not_found","message":"no such thing"}]}"""));
        using var recorder = new TelemetryRecorder(_telemetry.Name);

        var act = () => runner.SendAsync("things.get", retrySafe: true, ct => api.GetAsync(new Uri("things/missing", UriKind.Relative), ct), HttpTestJsonContext.Default.Thing, CancellationToken.None);

        await act.Should().ThrowAsync<IdentityProviderNotFoundException>();
        var operation = recorder.Activities.Should().ContainSingle(a => a.DisplayName == "testvendor things.get").Subject;
        operation.Status.Should().Be(ActivityStatusCode.Error);
        operation.GetTagItem("error.type").Should().Be("404");
        operation.GetTagItem("http.response.status_code").Should().Be(404);
        operation.GetTagItem("idp.retry_count").Should().Be(0);
        operation.GetTagItem("idp.page.number").Should().BeNull();
        var attempt = recorder.Activities.Should().ContainSingle(a => a.DisplayName == "GET").Subject;
        attempt.ParentSpanId.Should().Be(operation.SpanId);
        attempt.Status.Should().Be(ActivityStatusCode.Error);
        attempt.GetTagItem("error.type").Should().Be("404");
        attempt.GetTagItem("http.request.resend_count").Should().BeNull();

        recorder.MeasurementsOf("idp.client.operation.duration").Should().ContainSingle()
            .Which.Should().Match<RecordedMeasurement>(m => m.HasTag("error.type", "404") && m.HasTag("http.response.status_code", 404) && m.HasTag("idp.operation", "things.get"));
        recorder.MeasurementsOf("idp.client.retries").Should().BeEmpty();
        recorder.MeasurementsOf("idp.client.pages").Should().BeEmpty();
    }

    [Fact]
    public async Task A_transport_failure_is_typed_by_the_exception_and_a_retried_timeout_as_timeout()
    {
        var options = TestClientOptions.Fast(Server.Url!, maxRetries: 1);
        options.Retry = options.Retry with { AttemptTimeout = TimeSpan.FromMilliseconds(200) };
        using var api = HttpPipeline.CreateHttpClient(options, Vendor, typeof(Thing).Assembly, authenticator: null, telemetry: _telemetry);
        var runner = new VendorApiRunner(Vendor, TestErrorParser.Parse, telemetry: _telemetry);
        Server.Given(Request.Create().WithPath("/things/slow").UsingGet()).RespondWith(Response.Create().WithCallback(async _ =>
        {
            await Never;
            return JsonMessage(200, "{}");
        }));
        using var recorder = new TelemetryRecorder(_telemetry.Name);

        var act = () => runner.SendAsync("things.get", retrySafe: true, ct => api.GetAsync(new Uri("things/slow", UriKind.Relative), ct), HttpTestJsonContext.Default.Thing, CancellationToken.None);

        await act.Should().ThrowAsync<IdentityProviderTimeoutException>();
        recorder.Activities.Where(a => a.DisplayName == "GET").Select(a => a.GetTagItem("error.type")).Should().Equal("timeout", "timeout");
        var operation = recorder.Activities.Should().ContainSingle(a => a.DisplayName == "testvendor things.get").Subject;
        operation.GetTagItem("error.type").Should().Be(typeof(IdentityProviderTimeoutException).FullName);
        operation.GetTagItem("idp.retry_count").Should().Be(1);
        operation.GetTagItem("http.response.status_code").Should().BeNull();
        recorder.MeasurementsOf("idp.client.retries").Should().ContainSingle().Which.Tag("error.type").Should().Be("timeout");
    }

    [Fact]
    public async Task Nothing_is_tracked_while_nobody_listens()
    {
        using var unobserved = new IdentityProviderTelemetry(Vendor, $"Tests.Telemetry.Unobserved.{Guid.NewGuid():N}");
        using var api = HttpPipeline.CreateHttpClient(TestClientOptions.Fast(Server.Url!), Vendor, typeof(Thing).Assembly, authenticator: null, telemetry: unobserved);
        var runner = new VendorApiRunner(Vendor, TestErrorParser.Parse, telemetry: unobserved);
        Server.Given(Request.Create().WithPath("/things/1").UsingGet()).RespondWith(Json(200, """{"id":"1","name":"one"}"""));

        unobserved.IsEnabled.Should().BeFalse();
        unobserved.StartOperation("things.get").Should().BeNull();
        unobserved.StartPage("things.list", 1).Should().BeNull();
        var response = await runner.SendAsync("things.get", retrySafe: true, ct => api.GetAsync(new Uri("things/1", UriKind.Relative), ct), HttpTestJsonContext.Default.Thing, CancellationToken.None);

        response.Value.Id.Should().Be("1");
        Activity.Current.Should().BeNull();
    }

    [Theory]
    [InlineData("https://host/a/b", "https://host/a/b")]
    [InlineData("https://user:pass@host:8443/a?cursor=abc&limit=10#frag", "https://host:8443/a?cursor=abc&limit=10")]
    [InlineData("https://host/a?api_key=k1&client_secret=s1&token=t1&access_token=t2&X-Auth-Key=k2", "https://host/a?api_key=REDACTED&client_secret=REDACTED&token=REDACTED&access_token=REDACTED&X-Auth-Key=REDACTED")]
    [InlineData("https://host/a?Signature=x&sig=y&X-Goog-Signature=z&AWSAccessKeyId=w&page=2", "https://host/a?Signature=REDACTED&sig=REDACTED&X-Goog-Signature=REDACTED&AWSAccessKeyId=REDACTED&page=2")]
    [InlineData("https://host/a?client%5Fsecret=s1&flag&page_token=p", "https://host/a?client_secret=REDACTED&flag&page_token=p")]
    public void Url_full_has_no_user_info_fragment_or_secret_query_values(string url, string expected)
    {
        TelemetryRequest.RedactUrl(new Uri(url)).Should().Be(expected);
    }

    [Fact]
    public void The_source_and_meter_carry_the_name_and_version()
    {
        _telemetry.ActivitySource.Name.Should().Be(_telemetry.Name);
        _telemetry.ActivitySource.Version.Should().Be("1.2.3");
        _telemetry.Meter.Name.Should().Be(_telemetry.Name);
        _telemetry.Meter.Version.Should().Be("1.2.3");
        _telemetry.Vendor.Should().Be(Vendor);
    }
}

/// <summary>A page of things as the telemetry tests' server sends it.</summary>
internal sealed record ThingPage([property: JsonPropertyName("items")] IReadOnlyList<Thing> Items, [property: JsonPropertyName("next")] string? Next);

[JsonSerializable(typeof(ThingPage))]
internal sealed partial class TelemetryTestJsonContext : JsonSerializerContext;
