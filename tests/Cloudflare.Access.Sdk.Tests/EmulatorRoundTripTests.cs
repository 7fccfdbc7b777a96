using System.Text.Json;
using Cloudflare.Access.Sdk.Json;
using Cloudflare.Access.Sdk.Models;
using Cloudflare.Access.Sdk.Tests.TestSupport;
using IdentityProviders.Emulator;
using IdentityProviders.Sdk;

namespace Cloudflare.Access.Sdk.Tests;

/// <summary>The SDK against the emulator, which writes Cloudflare's wire format on its own (it does not reference the SDK).</summary>
public sealed class EmulatorRoundTripTests : IAsyncLifetime
{
    private IdentityProviderEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await IdentityProviderEmulator.StartAsync(new EmulatorOptions { CloudflareSeedCount = 28 });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private CloudflareAccessClient Client(bool token = true, Action<CloudflareAccessClientOptions>? configure = null)
    {
        var info = _emulator.Cloudflare;
        var options = new CloudflareAccessClientOptions { BaseAddress = info.BaseUrl, Retry = CloudflareMockServer.FastRetry };
        if (token)
        {
            options.ApiToken = info.ApiToken;
        }
        else
        {
            options.Email = info.Email;
            options.ApiKey = info.ApiKey;
        }

        configure?.Invoke(options);
        return new CloudflareAccessClient(options);
    }

    private CloudflareScope ScopeOf(string name) =>
        name == "zone" ? CloudflareScope.Zone(_emulator.Cloudflare.ZoneId) : CloudflareScope.Account(_emulator.Cloudflare.AccountId);

    public static TheoryData<string> Scopes() => CloudflareMockServer.Scopes;

    /// <summary>A provider of every type with every documented config field (secrets included) and SCIM where allowed.</summary>
    private static IdentityProvider Sample(string type)
    {
        var json = CloudflareJson.Provider(type, withScim: type != "onetimepin").Replace($"\"id\":\"{CloudflareJson.OidcId}\",", string.Empty, StringComparison.Ordinal);
        return JsonSerializer.Deserialize(json, CloudflareJsonContext.Default.IdentityProvider)! with { Name = "RT " + type };
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task Full_crud_round_trip_across_all_14_variants(string scopeName)
    {
        var scope = ScopeOf(scopeName);
        using var client = Client(token: scopeName == "account");
        var providers = client.IdentityProviders;

        foreach (var type in CloudflareJson.Configs.Keys)
        {
            var sample = Sample(type);

            var created = await providers.CreateWithResponseAsync(sample, scope);
            created.StatusCode.Should().Be(201);
            var id = created.Result.Id!;
            id.Should().HaveLength(36);
            created.Result.Should().BeOfType(sample.GetType());
            created.Result.Type.Value.Should().Be(type);
            created.Result.Name.Should().Be("RT " + type);

            var fetched = await providers.GetAsync(id, scope);
            fetched.Should().BeOfType(sample.GetType());
            fetched.Config!.AdditionalProperties.Should().BeEmpty();
            ConfigWithoutSecret(fetched).Should().BeEquivalentTo(ConfigWithoutSecret(sample), $"{type} config should round-trip");
            if (fetched.Config is OAuthIdentityProviderConfig oauth)
            {
                oauth.ClientSecret.Should().Be("**********", "Cloudflare masks stored client secrets");
            }

            if (type != "onetimepin")
            {
                created.Result.ScimConfig!.Secret.Should().NotBeNullOrEmpty("the SCIM secret is shown once, when SCIM is first enabled");
                fetched.ScimConfig!.Secret.Should().BeNull("the SCIM secret is redacted on later reads");
                fetched.ScimConfig.Enabled.Should().BeTrue();
                fetched.ScimConfig.IdentityUpdateBehavior.Should().Be(ScimIdentityUpdateBehavior.Automatic);
                fetched.ScimConfig.ScimBaseUrl.Should().Contain(id);
            }

            // PUT the fetched provider back with a new name: the masked secret keeps the stored one.
            var updated = await providers.UpdateAsync(id, fetched with { Name = "RT " + type + " renamed" }, scope);
            updated.Name.Should().Be("RT " + type + " renamed");
            updated.Should().BeOfType(sample.GetType());

            (await providers.DeleteWithResponseAsync(id, scope)).Should().Match<CloudflareResponse<string>>(r => r.StatusCode == 202 && r.Result == id);
            var gone = () => providers.GetAsync(id, scope);
            (await gone.Should().ThrowAsync<IdentityProviderNotFoundException>()).Which.ErrorCodes.Should().Equal("7003");
        }

        var remaining = new List<IdentityProvider>();
        await foreach (var provider in providers.ListAsync(scope))
        {
            remaining.Add(provider);
        }

        remaining.Should().HaveCount(28).And.OnlyContain(p => !p.Name.StartsWith("RT ", StringComparison.Ordinal));
    }

    private static IdentityProviderConfig ConfigWithoutSecret(IdentityProvider provider) => provider.Config switch
    {
        OAuthIdentityProviderConfig oauth => oauth with { ClientSecret = null },
        var other => other!,
    };

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task The_seed_covers_all_14_types_and_lists_in_pages(string scopeName)
    {
        using var client = Client();

        var all = new List<IdentityProvider>();
        var pages = 0;
        await foreach (var page in client.IdentityProviders.ListAsync(ScopeOf(scopeName)).AsPages(pageSizeHint: 5))
        {
            pages++;
            all.AddRange(page.Values);
        }

        pages.Should().Be(6);
        all.Should().HaveCount(28);
        all.Select(p => p.Id).Should().OnlyHaveUniqueItems();
        all.Select(p => p.Type.Value).Distinct().Should().BeEquivalentTo(CloudflareJson.Configs.Keys);
        all.Should().NotContain(p => p is UnknownIdentityProvider);
    }

    [Fact]
    public async Task One_thousand_identity_providers_list_at_50_per_page()
    {
        await _emulator.DisposeAsync();
        _emulator = await IdentityProviderEmulator.StartAsync(new EmulatorOptions { CloudflareSeedCount = 1000 });
        using var client = Client(configure: o => o.AccountId = _emulator.Cloudflare.AccountId);
        var requestsBefore = _emulator.RequestCount;

        var ids = new List<string>();
        await foreach (var provider in client.IdentityProviders.ListAsync(options: new IdentityProviderListOptions { PerPage = 50 }))
        {
            ids.Add(provider.Id!);
        }

        ids.Should().HaveCount(1000).And.OnlyHaveUniqueItems();
        (_emulator.RequestCount - requestsBefore).Should().Be(20);
    }

    [Fact]
    public async Task The_scim_filter_returns_only_providers_with_scim_enabled()
    {
        using var client = Client();

        var scim = new List<IdentityProvider>();
        await foreach (var provider in client.IdentityProviders.ListAsync(ScopeOf("account"), new IdentityProviderListOptions { ScimEnabled = true }))
        {
            scim.Add(provider);
        }

        scim.Should().NotBeEmpty().And.OnlyContain(p => p.ScimConfig!.Enabled == true);
    }

    [Fact]
    public async Task The_cross_vendor_client_lists_and_gets()
    {
        using var client = Client(token: false);
        var idp = client.AsIdentityProviderClient(ScopeOf("zone"));

        var infos = new List<IdentityProviderInfo>();
        await foreach (var info in idp.ListAsync())
        {
            infos.Add(info);
        }

        infos.Should().HaveCount(28);
        infos.Select(i => i.Protocol.Value).Distinct().Should().BeEquivalentTo("oidc", "saml", "social", "one-time-pin");
        (await idp.GetAsync(infos[7].Id)).Name.Should().Be(infos[7].Name);
    }

    [Fact]
    public async Task Emulator_errors_become_typed_exceptions()
    {
        using var client = Client();
        var wrongToken = Client(configure: o => o.ApiToken = "wrong");
        using (wrongToken)
        {
            var unauthorized = () => wrongToken.IdentityProviders.ListPageAsync(ScopeOf("account"));
            (await unauthorized.Should().ThrowAsync<IdentityProviderPermissionDeniedException>()).Which.ErrorCodes.Should().Equal("9109");
        }

        var otherAccount = () => client.IdentityProviders.ListPageAsync(CloudflareScope.Account("ffffffffffffffffffffffffffffffff"));
        (await otherAccount.Should().ThrowAsync<IdentityProviderPermissionDeniedException>()).Which.ErrorCodes.Should().Equal("10000");

        var missing = () => client.IdentityProviders.GetAsync("00000000-0000-4000-8000-000000000000", ScopeOf("zone"));
        await missing.Should().ThrowAsync<IdentityProviderNotFoundException>();

        // A body the SDK would never send (another variant's field), as raw JSON: the emulator's variant-aware validation.
        var raw = JsonSerializer.Deserialize("""{"name":"x","type":"github","config":{"okta_account":"https://x"}}""", CloudflareJsonContext.Default.IdentityProvider)!;
        raw.Should().BeOfType<GitHubIdentityProvider>();
        var invalid = () => client.IdentityProviders.CreateAsync(raw, ScopeOf("account"));
        var exception = (await invalid.Should().ThrowAsync<IdentityProviderBadRequestException>()).Which;
        exception.ErrorCodes.Should().Equal("12130");
        exception.Message.Should().Contain("okta_account");

        var changeType = async () =>
        {
            var github = await client.IdentityProviders.GetAsync("a0000000-0000-4000-8000-000000000004", ScopeOf("account"));
            await client.IdentityProviders.UpdateAsync(github.Id!, new LinkedInIdentityProvider { Name = github.Name }, ScopeOf("account"));
        };
        await changeType.Should().ThrowAsync<IdentityProviderBadRequestException>();
    }

    [Fact]
    public async Task An_unknown_variant_is_sent_as_its_raw_json()
    {
        using var client = Client();
        var raw = new UnknownIdentityProvider(JsonDocument.Parse("""{"name":"Raw OIDC","type":"oidc","config":{"client_id":"raw"}}""").RootElement);

        var created = await client.IdentityProviders.CreateAsync(raw, ScopeOf("account"));

        created.Should().BeOfType<OidcIdentityProvider>().Which.Config.ClientId.Should().Be("raw");
    }
}
