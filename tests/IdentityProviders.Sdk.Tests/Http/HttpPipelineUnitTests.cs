using System.Net;
using System.Net.Http.Headers;
using IdentityProviders.Sdk.Http;
using IdentityProviders.Sdk.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace IdentityProviders.Sdk.Tests.Http;

public class HttpPipelineUnitTests
{
    [Theory]
    [InlineData("https://api.cloudflare.com/client/v4", "https://api.cloudflare.com/client/v4/")]
    [InlineData("https://api.cloudflare.com/client/v4/", "https://api.cloudflare.com/client/v4/")]
    [InlineData("https://host", "https://host/")]
    [InlineData("https://host/base?q=1#f", "https://host/base/")]
    public void NormalizeBaseAddress_keeps_the_path_and_adds_a_trailing_slash(string input, string expected)
    {
        HttpPipeline.NormalizeBaseAddress(new Uri(input)).Should().Be(new Uri(expected));
    }

    [Fact]
    public void Handlers_are_created_outermost_first()
    {
        var options = TestClientOptions.Fast("https://host");

        HttpPipeline.CreateHandlers(options, "v", typeof(Thing).Assembly, new BearerTokenAuthenticator(new StaticAccessTokenProvider("t")))
            .Select(h => h.GetType()).Should().Equal(typeof(UserAgentHandler), typeof(ResilienceHandler), typeof(AuthenticationHandler), typeof(RedactingLoggingHandler));
        HttpPipeline.CreateHandlers(options, "v", typeof(Thing).Assembly, authenticator: null)
            .Select(h => h.GetType()).Should().Equal(typeof(UserAgentHandler), typeof(ResilienceHandler), typeof(RedactingLoggingHandler));
    }

    [Fact]
    public void The_created_client_has_no_timeout_of_its_own()
    {
        using var client = HttpPipeline.CreateHttpClient(TestClientOptions.Fast("https://host/api"), "v", typeof(Thing).Assembly, null);

        client.Timeout.Should().Be(Timeout.InfiniteTimeSpan, "the pipeline owns timeouts");
        client.BaseAddress.Should().Be(new Uri("https://host/api/"));
    }

    [Fact]
    public void Default_options_are_valid_once_a_base_address_is_set()
    {
        new TestClientOptions { BaseAddress = new Uri("https://host") }.Validate().Should().BeEmpty();
        new TestClientOptions().Validate().Should().Equal("BaseAddress is required.");
    }

    [Fact]
    public void Invalid_options_are_reported_together()
    {
        var options = new TestClientOptions
        {
            BaseAddress = new Uri("ftp://host"),
            Timeout = TimeSpan.Zero,
            Retry = new RetryOptions { MaxRetries = 101, AttemptTimeout = TimeSpan.Zero, BaseDelay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromSeconds(1), MaxRetryAfter = TimeSpan.FromSeconds(-1) },
            Pagination = new PaginationOptions { MaxPages = 0 },
            MaxResponseContentBytes = 10,
            MaxConnectionsPerServer = 0,
        };

        options.Validate().Should().Equal(
            "BaseAddress must be an absolute http(s) URL.",
            "Timeout must be positive.",
            "Retry.MaxRetries must be between 0 and 100.",
            "Retry.AttemptTimeout must be positive.",
            "Retry.BaseDelay must be >= 0 and <= Retry.MaxDelay.",
            "Retry.MaxRetryAfter must be >= 0.",
            "Pagination.MaxPages must be at least 1.",
            "MaxResponseContentBytes must be at least 1024.",
            "MaxConnectionsPerServer must be at least 1.");
        FluentActions.Invoking(() => options.ThrowIfInvalid("options")).Should().Throw<ArgumentException>()
            .WithParameterName("options").WithMessage("TestClientOptions is invalid: BaseAddress must be*");
    }

    [Fact]
    public void Documented_defaults()
    {
        var options = new TestClientOptions();

        options.Timeout.Should().Be(TimeSpan.FromSeconds(100));
        options.Retry.Should().Be(new RetryOptions
        {
            MaxRetries = 3,
            BaseDelay = TimeSpan.FromMilliseconds(500),
            MaxDelay = TimeSpan.FromSeconds(30),
            MaxRetryAfter = TimeSpan.FromSeconds(60),
            UseJitter = true,
            AttemptTimeout = TimeSpan.FromSeconds(30),
        });
        options.MaxResponseContentBytes.Should().Be(16L * 1024 * 1024);
        options.LogBodies.Should().BeFalse();
        options.Pagination.MaxPages.Should().Be(10_000);
    }

    [Theory]
    [InlineData("GET", false, true)]
    [InlineData("HEAD", false, true)]
    [InlineData("OPTIONS", false, true)]
    [InlineData("POST", false, false)]
    [InlineData("PUT", false, false)]
    [InlineData("PATCH", false, false)]
    [InlineData("DELETE", false, false)]
    [InlineData("POST", true, true)]
    [InlineData("DELETE", true, true)]
    public void IsRetrySafe(string method, bool markedIdempotent, bool expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "https://host/x");
        if (markedIdempotent)
        {
            request.Options.Set(new HttpRequestOptionsKey<bool>(RequestProperties.Idempotent), true);
        }

        RequestProperties.IsRetrySafe(request).Should().Be(expected);
    }

    [Fact]
    public void A_non_boolean_idempotent_flag_does_not_count()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://host/x");
        request.Options.Set(new HttpRequestOptionsKey<string>(RequestProperties.Idempotent), "true");

        RequestProperties.IsRetrySafe(request).Should().BeFalse();
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.NotImplemented, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Conflict, false)]
    [InlineData(HttpStatusCode.OK, false)]
    public void IsTransientStatus(HttpStatusCode status, bool expected)
    {
        ResilienceHandler.IsTransientStatus(status).Should().Be(expected);
    }

    [Fact]
    public void ReadRetryAfter_reads_seconds_and_dates_against_the_given_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.Zero));

        ResilienceHandler.ReadRetryAfter(null, time).Should().BeNull();
        ResilienceHandler.ReadRetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(12)), time).Should().Be(TimeSpan.FromSeconds(12));
        ResilienceHandler.ReadRetryAfter(new RetryConditionHeaderValue(time.GetUtcNow().AddSeconds(90)), time).Should().Be(TimeSpan.FromSeconds(90));
        ResilienceHandler.ReadRetryAfter(new RetryConditionHeaderValue(time.GetUtcNow().AddSeconds(-90)), time).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void The_user_agent_is_not_replaced_when_the_caller_set_one()
    {
        var handler = new UserAgentHandler(typeof(Thing).Assembly);
        handler.UserAgent.Should().MatchRegex(@"^IdentityProviders\.Sdk\.Tests/\S+ IdentityProviders\.Sdk/0\.1\.0 \(\.NET [^;]+; (Linux|Windows|macOS|Other)\)$");
        UserAgentHandler.Build(typeof(Thing).Assembly, "  tool/2 ").Should().EndWith(") tool/2");
    }
}
