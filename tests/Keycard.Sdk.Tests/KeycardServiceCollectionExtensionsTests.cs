using IdentityProviders.Sdk;
using Keycard.Sdk.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Keycard.Sdk.Tests;

/// <summary><c>AddKeycardClient</c>: resolution, the keyed cross-vendor client, options validation and the shared pipeline.</summary>
public sealed class KeycardServiceCollectionExtensionsTests : IDisposable
{
    private const string ProviderPath = "/zones/zone_1/providers/prv_1";
    private readonly KeycardMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    private void Configure(KeycardClientOptions o)
    {
        o.BaseAddress = new Uri(_mock.Url + "/v1");
        o.Token = KeycardMockServer.Token;
        o.ZoneId = KeycardMockServer.Zone;
        o.Retry = KeycardMockServer.FastRetry;
    }

    [Fact]
    public async Task KeycardClient_resolves_and_calls_the_api_with_the_configured_pipeline()
    {
        _mock.Json("GET", "/v1" + ProviderPath, KeycardJson.Provider("prv_1"));
        var services = new ServiceCollection();
        services.AddKeycardClient(Configure).Name.Should().Be(KeycardClient.HttpClientName);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var client = provider.GetRequiredService<KeycardClient>();
        var result = await client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        result.Id.Should().Be("prv_1");
        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.AbsolutePath.Should().Be("/v1" + ProviderPath);
        KeycardMockServer.Header(request, "Authorization").Should().Be("Bearer " + KeycardMockServer.Token);
        KeycardMockServer.Header(request, "User-Agent").Should().StartWith("Keycard.Sdk/");
    }

    [Fact]
    public async Task The_keyed_cross_vendor_client_uses_the_configured_zone()
    {
        _mock.Json("GET", "/v1" + ProviderPath, KeycardJson.FullProvider.Replace("prv_full_1", "prv_1", StringComparison.Ordinal));
        _mock.Json("GET", "/v1/zones/zone_1/providers", KeycardJson.Page(["prv_a", "prv_b"], hasNext: false));
        var services = new ServiceCollection();
        services.AddKeycardClient(Configure);
        await using var provider = services.BuildServiceProvider();

        var view = provider.GetRequiredKeyedService<IIdentityProviderClient>(IdentityProviderVendor.Keycard);
        var info = await view.GetAsync("prv_1");
        var ids = new List<string>();
        await foreach (var item in view.ListAsync())
        {
            ids.Add(item.Id);
        }

        view.Vendor.Should().Be("keycard");
        info.Id.Should().Be("prv_1");
        info.Protocol.Should().Be(ProtocolFamily.Oidc);
        info.Issuer.Should().Be("https://acme.okta.com");
        ids.Should().Equal("prv_a", "prv_b");
        _mock.Requests.Select(r => r.AbsolutePath).Should().Equal("/v1" + ProviderPath, "/v1/zones/zone_1/providers");
    }

    [Fact]
    public async Task Transient_GET_failures_are_retried_through_the_factory_client()
    {
        _mock.Server.Given(Request.Create().WithPath(ProviderPath).UsingGet()).InScenario("s").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(503));
        _mock.Server.Given(Request.Create().WithPath(ProviderPath).UsingGet()).InScenario("s").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(KeycardJson.Provider("prv_1")));
        var services = new ServiceCollection();
        services.AddKeycardClient(o =>
        {
            Configure(o);
            o.BaseAddress = new Uri(_mock.Url);
        });
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<KeycardClient>().Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        result.Id.Should().Be("prv_1");
        _mock.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Client_credentials_are_shared_by_every_resolved_client()
    {
        _mock.Json("POST", "/oauth/token", """{"access_token":"di-token","token_type":"Bearer","expires_in":3600}""");
        _mock.Json("GET", ProviderPath, KeycardJson.Provider("prv_1"));
        var services = new ServiceCollection();
        services.AddKeycardClient(o =>
        {
            o.BaseAddress = new Uri(_mock.Url);
            o.ClientCredentials = new KeycardClientCredentials { TokenEndpoint = new Uri(_mock.Url + "/oauth/token"), ClientId = "c", ClientSecret = "s" };
            o.Retry = KeycardMockServer.FastRetry;
        });
        await using var provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<KeycardClient>();
        var second = provider.GetRequiredService<KeycardClient>();
        await first.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");
        await second.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");
        await provider.GetRequiredService<KeycardClient>().Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        first.Should().NotBeSameAs(second);
        _mock.RequestsTo("/oauth/token").Should().ContainSingle();
        _mock.RequestsTo("/zones").Select(r => KeycardMockServer.Header(r, "Authorization")).Should().Equal("Bearer di-token", "Bearer di-token", "Bearer di-token");
    }

    [Fact]
    public async Task The_containers_logger_factory_receives_the_http_log()
    {
        _mock.Json("GET", ProviderPath, KeycardJson.Provider("prv_1"));
        using var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddKeycardClient(o =>
        {
            Configure(o);
            o.BaseAddress = new Uri(_mock.Url);
        });
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<KeycardClient>().Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_1");

        logs.Entries.Should().Contain(e => e.Contains("IdentityProviders.Http.keycard", StringComparison.Ordinal) && e.Contains("HTTP GET", StringComparison.Ordinal) && e.Contains(ProviderPath, StringComparison.Ordinal));
        logs.AllText.Should().NotContain(KeycardMockServer.Token);
    }

    private Action<KeycardClientOptions> Invalid(string problem) => problem switch
    {
        "no token" => o => o.BaseAddress = new Uri(_mock.Url),
        "no base address" => o => o.Token = "t",
        _ => o =>
        {
            o.BaseAddress = new Uri(_mock.Url);
            o.Token = "t";
            o.ClientCredentials = new KeycardClientCredentials { TokenEndpoint = new Uri(_mock.Url + "/oauth/token"), ClientId = "c", ClientSecret = "s" };
        },
    };

    [Theory]
    [InlineData("no token", "Give exactly one of Token or ClientCredentials.")]
    [InlineData("no base address", "BaseAddress is required.")]
    [InlineData("token and client credentials", "Give exactly one of Token or ClientCredentials.")]
    public async Task Invalid_options_fail_validation_on_start_on_first_use_and_on_resolution(string problem, string expected)
    {
        var services = new ServiceCollection();
        services.AddKeycardClient(Invalid(problem));
        await using var provider = services.BuildServiceProvider();

        var value = () => provider.GetRequiredService<IOptions<KeycardClientOptions>>().Value;
        var start = () => provider.GetRequiredService<IStartupValidator>().Validate();
        var resolve = () => provider.GetRequiredService<KeycardClient>();

        var error = value.Should().Throw<OptionsValidationException>().Which;
        error.OptionsType.Should().Be<KeycardClientOptions>();
        error.Failures.Should().ContainSingle().Which.Should().Be("KeycardClientOptions: " + expected);
        start.Should().Throw<OptionsValidationException>();
        resolve.Should().Throw<OptionsValidationException>();
        _mock.Requests.Should().BeEmpty();
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        var noServices = () => KeycardServiceCollectionExtensions.AddKeycardClient(null!, _ => { });
        var noConfigure = () => new ServiceCollection().AddKeycardClient(null!);

        noServices.Should().Throw<ArgumentNullException>().WithParameterName("services");
        noConfigure.Should().Throw<ArgumentNullException>().WithParameterName("configure");
    }
}
