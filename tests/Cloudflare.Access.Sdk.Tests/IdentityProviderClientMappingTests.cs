using System.Text.Json;
using Cloudflare.Access.Sdk.Json;
using Cloudflare.Access.Sdk.Tests.TestSupport;
using IdentityProviders.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace Cloudflare.Access.Sdk.Tests;

/// <summary>The cross-vendor IIdentityProviderClient view and the DI registration.</summary>
public sealed class IdentityProviderClientMappingTests
{
    [Theory]
    [InlineData("azureAD", "oidc")]
    [InlineData("okta", "oidc")]
    [InlineData("onelogin", "oidc")]
    [InlineData("pingone", "oidc")]
    [InlineData("centrify", "oidc")]
    [InlineData("oidc", "oidc")]
    [InlineData("saml", "saml")]
    [InlineData("github", "social")]
    [InlineData("google", "social")]
    [InlineData("facebook", "social")]
    [InlineData("linkedin", "social")]
    [InlineData("yandex", "social")]
    [InlineData("google-apps", "social")]
    [InlineData("onetimepin", "one-time-pin")]
    public void Every_type_maps_to_its_protocol_family(string type, string family)
    {
        var provider = JsonSerializer.Deserialize(CloudflareJson.Provider(type), CloudflareJsonContext.Default.IdentityProvider)!;

        var info = CloudflareIdentityProviderClient.ToInfo(provider);

        info.Protocol.Value.Should().Be(family);
        info.Vendor.Should().Be("cloudflare");
        info.Type.Should().Be(type);
        info.Id.Should().Be(CloudflareJson.OidcId);
        info.Name.Should().Be("Widget Corps IDP");
        info.VendorModel.Should().BeSameAs(provider);
        info.GetVendorJson().GetProperty("type").GetString().Should().Be(type);
    }

    [Fact]
    public void Issuer_and_client_id_come_from_the_config_where_it_has_them()
    {
        static IdentityProviderInfo Info(string type) =>
            CloudflareIdentityProviderClient.ToInfo(JsonSerializer.Deserialize(CloudflareJson.Provider(type), CloudflareJsonContext.Default.IdentityProvider)!);

        Info("saml").Issuer.Should().Be("https://whoami.com");
        Info("saml").ClientId.Should().BeNull();
        Info("okta").Issuer.Should().Be("https://dev-abc123.oktapreview.com/oauth2/aus9o8wzkhckw9TLa0h7z");
        Info("okta").ClientId.Should().Be("okta-client");
        Info("onelogin").Issuer.Should().Be("https://mycompany.onelogin.com");
        Info("centrify").Issuer.Should().Be("https://abc123.my.centrify.com/");
        Info("pingone").Issuer.Should().Be("https://auth.pingone.com/342b5660-0c32-4936-a5a4-ce21fae57b0a/as");
        Info("azureAD").Issuer.Should().Be("https://login.microsoftonline.com/<your azure directory uuid>/v2.0");
        Info("google").Issuer.Should().Be("https://accounts.google.com");
        Info("oidc").Issuer.Should().BeNull();
        Info("oidc").ClientId.Should().Be("oidc-client");
        Info("github").ClientId.Should().Be("gh-client");
        Info("onetimepin").ClientId.Should().BeNull();
    }

    [Fact]
    public void An_unknown_variant_maps_to_other()
    {
        var provider = JsonSerializer.Deserialize("""{"id":"9","name":"n","type":"passkeys","config":{"client_id":"x"}}""", CloudflareJsonContext.Default.IdentityProvider)!;

        var info = CloudflareIdentityProviderClient.ToInfo(provider);

        info.Protocol.Should().Be(ProtocolFamily.Other);
        info.Type.Should().Be("passkeys");
        info.GetVendorJson().GetRawText().Should().Be("""{"id":"9","name":"n","type":"passkeys","config":{"client_id":"x"}}""");
    }

    [Fact]
    public void AsIdentityProviderClient_needs_a_scope()
    {
        using var client = new CloudflareAccessClient(new CloudflareAccessClientOptions { ApiToken = "t" });

        FluentActions.Invoking(() => client.AsIdentityProviderClient()).Should().Throw<ArgumentException>();
        client.AsIdentityProviderClient(CloudflareScope.Zone("z")).Vendor.Should().Be("cloudflare");
    }

    [Fact]
    public void Dependency_injection_registers_the_client_and_the_keyed_cross_vendor_client()
    {
        var services = new ServiceCollection();
        services.AddCloudflareAccessClient(o =>
        {
            o.ApiToken = "token";
            o.AccountId = CloudflareMockServer.Account;
        });
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<CloudflareAccessClient>();
        var idp = provider.GetRequiredKeyedService<IIdentityProviderClient>("cloudflare");

        client.IdentityProviders.DefaultScope.Should().Be(CloudflareScope.Account(CloudflareMockServer.Account));
        idp.Vendor.Should().Be("cloudflare");
    }

    [Fact]
    public async Task Dependency_injection_sends_through_the_pipeline_with_credentials()
    {
        using var mock = new CloudflareMockServer();
        mock.Json("GET", CloudflareMockServer.ZonePath + "/x", CloudflareJson.Envelope(CloudflareJson.Minimal("x")));
        var services = new ServiceCollection();
        services.AddCloudflareAccessClient(o =>
        {
            o.BaseAddress = new Uri(mock.Url + "/client/v4");
            o.Email = "admin@example.com";
            o.ApiKey = "key-1";
            o.ZoneId = CloudflareMockServer.Zone;
        });
        await using var provider = services.BuildServiceProvider();

        var info = await provider.GetRequiredKeyedService<IIdentityProviderClient>("cloudflare").GetAsync("x");

        info.Id.Should().Be("x");
        CloudflareMockServer.Header(mock.Requests.Single(), "X-Auth-Key").Should().Be("key-1");
    }

    [Fact]
    public void Dependency_injection_validates_the_options()
    {
        var services = new ServiceCollection();
        services.AddCloudflareAccessClient(o => { o.AccountId = "a"; o.ZoneId = "z"; o.ApiToken = "t"; });
        using var provider = services.BuildServiceProvider();

        FluentActions.Invoking(() => provider.GetRequiredService<CloudflareAccessClient>())
            .Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>();
    }
}
