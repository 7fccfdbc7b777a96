using IdentityProviders.Sdk.DependencyInjection;
using IdentityProviders.Sdk.Http;
using IdentityProviders.Sdk.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;

namespace IdentityProviders.Sdk.Tests.DependencyInjection;

public sealed class HttpClientBuilderExtensionsTests : WireMockTestBase
{
    [Fact]
    public async Task A_named_client_from_the_factory_has_the_full_pipeline()
    {
        Sequence(Request.Create().WithPath("/api/things/1").UsingGet(), Status(503, "req-1"), Json(200, """{"id":"t-1","name":"di"}"""));
        var logs = new CapturingLoggerFactory();
        var services = new ServiceCollection();
        services.AddSingleton(_ =>
        {
            var options = TestClientOptions.Fast(Server.Url + "/api");
            options.LoggerFactory = logs;
            return options;
        });
        services.AddHttpClient("x").AddIdentityProviderPipeline(
            sp => sp.GetRequiredService<TestClientOptions>(),
            "divendor",
            typeof(Thing).Assembly,
            (_, _) => new BearerTokenAuthenticator(new StaticAccessTokenProvider("di-token")));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("x");

        var response = await new VendorApiRunner("divendor", TestErrorParser.Parse).SendAsync(
            "things.get", retrySafe: true, ct => client.GetAsync(new Uri("things/1", UriKind.Relative), ct), HttpTestJsonContext.Default.Thing, CancellationToken.None);

        response.Value.Should().Be(new Thing("t-1", "di"));
        client.BaseAddress.Should().Be(new Uri(Server.Url + "/api/"));
        client.Timeout.Should().Be(Timeout.InfiniteTimeSpan);
        Requests.Should().HaveCount(2);
        Requests.Select(r => Header(r, "Authorization")).Should().Equal("Bearer di-token", "Bearer di-token");
        Header(Requests[0], "User-Agent").Should().Contain("IdentityProviders.Sdk/");
        logs.Entries.Should().Contain(e => e.Category == "IdentityProviders.Http.divendor" && e.Message == "Retrying GET /api/things/1 (retry 1 of 3) in 1 ms after HTTP 503.");
    }
}
