using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Json;
using Waldur.Sdk.Models;
using Waldur.Sdk.Tests.TestSupport;

namespace Waldur.Sdk.Tests;

/// <summary>Waldur returns client_secret in responses: it never shows up in ToString(), logs or exception messages.</summary>
public sealed class SecretRedactionTests : IDisposable
{
    private const string ProviderPath = WaldurMockServer.CollectionPath + "keycloak/";
    private readonly WaldurMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    [Fact]
    public async Task The_returned_secret_is_kept_but_never_printed()
    {
        _mock.Json("GET", ProviderPath, WaldurJson.FullProvider);
        using var client = _mock.CreateClient();

        var provider = await client.IdentityProviders.RetrieveAsync("keycloak");

        provider.ClientSecret.Should().Be(WaldurJson.Secret);
        provider.ToString().Should().NotContain(WaldurJson.Secret).And.Contain("ClientSecret = ***REDACTED***").And.Contain("Provider = keycloak");
    }

    [Fact]
    public void Requests_and_options_never_print_secrets()
    {
        var create = new IdentityProviderRequest { Provider = "p", ClientId = "c", ClientSecret = WaldurJson.Secret, DiscoveryUrl = "https://d", Label = "l" };
        var patch = new PatchedIdentityProviderRequest { ClientSecret = WaldurJson.Secret, Label = "l" };
        var options = new WaldurClientOptions { BaseAddress = new Uri("https://waldur.example.com"), Token = WaldurJson.Secret };
        var bearer = new WaldurClientOptions { BaseAddress = new Uri("https://waldur.example.com"), BearerToken = WaldurJson.Secret };

        create.ToString().Should().NotContain(WaldurJson.Secret).And.Contain("ClientSecret = ***REDACTED***");
        patch.ToString().Should().NotContain(WaldurJson.Secret).And.Contain("ClientSecret = ***REDACTED***");
        new PatchedIdentityProviderRequest().ToString().Should().Contain("ClientSecret = <absent>");
        options.ToString().Should().NotContain(WaldurJson.Secret);
        bearer.ToString().Should().NotContain(WaldurJson.Secret);
    }

    [Fact]
    public async Task Logs_at_trace_level_with_bodies_contain_neither_the_token_nor_the_client_secret()
    {
        _mock.Json("GET", ProviderPath, WaldurJson.FullProvider);
        _mock.Json("POST", WaldurMockServer.CollectionPath, WaldurJson.FullProvider, status: 201);
        _mock.Json("GET", WaldurMockServer.CollectionPath, "[" + WaldurJson.FullProvider + "]", headers: ("x-result-count", "1"));
        using var logs = new CapturingLoggerProvider();
        using var factory = logs.CreateFactory();
        using var client = _mock.CreateClient(o => { o.LoggerFactory = factory; o.LogBodies = true; });

        await client.IdentityProviders.RetrieveAsync("keycloak");
        await client.IdentityProviders.CreateAsync(new IdentityProviderRequest { Provider = "p", ClientId = "c", ClientSecret = WaldurJson.Secret, DiscoveryUrl = "https://d", Label = "l" });
        await foreach (var unused in client.IdentityProviders.ListAsync())
        {
        }

        logs.Entries.Should().NotBeEmpty();
        logs.AllText.Should().Contain("x-result-count").And.Contain("keycloak");
        logs.AllText.Should().NotContain(WaldurJson.Secret).And.NotContain(WaldurMockServer.Token);
    }

    [Fact]
    public async Task The_cross_vendor_json_of_a_provider_redacts_the_secret()
    {
        _mock.Json("GET", ProviderPath, WaldurJson.FullProvider);
        using var client = _mock.CreateClient();

        var info = await client.AsIdentityProviderClient().GetAsync("keycloak");

        info.ToString().Should().NotContain(WaldurJson.Secret);
        SecretRedactor.Redact(info.GetVendorJson()).GetRawText().Should().NotContain(WaldurJson.Secret).And.Contain("\"client_secret\":\"***REDACTED***\"");
    }

    [Fact]
    public async Task Exception_messages_never_contain_the_secret_or_the_token()
    {
        _mock.Json("PUT", ProviderPath, $$"""{"client_secret":["'{{WaldurJson.Secret}}' is too weak."],"detail":"Bad request"}""", 400);
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.UpdateAsync("keycloak", new IdentityProviderRequest { Provider = "keycloak", ClientId = "c", ClientSecret = WaldurJson.Secret, DiscoveryUrl = "https://d", Label = "l" });

        var error = (await act.Should().ThrowAsync<IdentityProviderBadRequestException>()).Which;
        error.ToString().Should().NotContain(WaldurJson.Secret).And.NotContain(WaldurMockServer.Token);
    }
}
