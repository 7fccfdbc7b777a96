using IdentityProviders.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Waldur.Sdk.Tests.TestSupport;

namespace Waldur.Sdk.Tests;

/// <summary>The cross-vendor view and the dependency-injection registration.</summary>
public sealed class WaldurIdentityProviderClientTests : IDisposable
{
    private readonly WaldurMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    [Fact]
    public async Task A_provider_maps_to_the_normalized_record()
    {
        _mock.Json("GET", WaldurMockServer.CollectionPath + "keycloak/", WaldurJson.FullProvider);
        using var client = _mock.CreateClient();

        var info = await client.AsIdentityProviderClient().GetAsync("keycloak");

        info.Vendor.Should().Be("waldur");
        info.Id.Should().Be("keycloak");
        info.Name.Should().Be("Keycloak");
        info.Protocol.Should().Be(ProtocolFamily.Oidc);
        info.Type.Should().Be("oidc");
        info.Issuer.Should().Be("https://kc.example.org/realms/w", "the issuer is the discovery URL without its well-known suffix");
        info.ClientId.Should().Be("waldur-portal");
        info.Enabled.Should().BeTrue();
        info.VendorModel.Should().BeOfType<Waldur.Sdk.Models.IdentityProvider>();
        info.GetVendorJson().GetProperty("provider").GetString().Should().Be("keycloak");
    }

    [Fact]
    public async Task The_cross_vendor_listing_pages_through_every_provider()
    {
        _mock.Json("GET", WaldurMockServer.CollectionPath, WaldurJson.Page(WaldurJson.Names(0, 3)), headers: ("x-result-count", "3"));
        using var client = _mock.CreateClient();

        var ids = new List<string>();
        await foreach (var info in client.AsIdentityProviderClient().ListAsync())
        {
            ids.Add(info.Id);
            info.Enabled.Should().BeNull("the minimal providers do not say");
        }

        ids.Should().Equal(WaldurJson.Names(0, 3));
    }

    [Fact]
    public async Task AddWaldurClient_registers_the_client_and_the_keyed_cross_vendor_client()
    {
        _mock.Json("GET", WaldurMockServer.CollectionPath + "keycloak/", WaldurJson.FullProvider);
        var services = new ServiceCollection();
        services.AddWaldurClient(o =>
        {
            o.BaseAddress = new Uri(_mock.Url);
            o.Token = WaldurMockServer.Token;
            o.Retry = WaldurMockServer.FastRetry;
        });
        await using var provider = services.BuildServiceProvider();

        var idp = provider.GetRequiredKeyedService<IIdentityProviderClient>("waldur");
        var info = await idp.GetAsync("keycloak");
        var waldur = provider.GetRequiredService<WaldurClient>();

        info.Id.Should().Be("keycloak");
        waldur.IdentityProviders.Should().NotBeNull();
        WaldurMockServer.Header(_mock.Requests.Single(), "Authorization").Should().Be("Token " + WaldurMockServer.Token);
    }

    [Fact]
    public void AddWaldurClient_validates_the_options()
    {
        var services = new ServiceCollection();
        services.AddWaldurClient(o => o.BaseAddress = new Uri("https://waldur.example.com"));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<WaldurClientOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().WithMessage("*exactly one of Token, BearerToken or BearerTokenProvider*");
    }
}
