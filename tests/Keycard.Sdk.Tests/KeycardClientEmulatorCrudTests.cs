using System.Text.Json;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Json;
using Keycard.Sdk.Models;
using Keycard.Sdk.Tests.TestSupport;

namespace Keycard.Sdk.Tests;

/// <summary>Create, read, update (PATCH semantics) and delete against the stateful emulator; each test uses its own zone.</summary>
public sealed class KeycardClientEmulatorCrudTests(KeycardEmulatorFixture fixture) : IClassFixture<KeycardEmulatorFixture>
{
    private static string NewZone() => "zone_" + Guid.NewGuid().ToString("N");

    private static ProviderCreateRequest Okta => new()
    {
        Name = "Acme Okta",
        Identifier = "https://acme.okta.com",
        Slug = "acme-okta",
        Description = "Okta for Acme",
        ClientId = "okta-client",
        ClientSecret = "okta-secret",
        Metadata = JsonDocument.Parse("""{"env":"prod"}""").RootElement.Clone(),
        Protocols = new ProviderProtocols
        {
            OAuth2 = new ProviderOAuth2Protocol
            {
                Issuer = "https://acme.okta.com",
                AuthorizationEndpoint = "https://acme.okta.com/oauth2/v1/authorize",
                TokenEndpoint = "https://acme.okta.com/oauth2/v1/token",
                JwksUri = "https://acme.okta.com/oauth2/v1/keys",
                ScopesSupported = ["openid", "email"],
                AuthorizationParameters = new Dictionary<string, string> { ["prompt"] = "consent" },
            },
            OpenId = new ProviderOpenIdProtocol { UserinfoEndpoint = "https://acme.okta.com/oauth2/v1/userinfo", UserIdentifierClaim = "sub" },
        },
    };

    private static async Task<List<Provider>> ListAllAsync(ProvidersClient providers, string zone)
    {
        var items = new List<Provider>();
        await foreach (var provider in providers.ListAsync(zone))
        {
            items.Add(provider);
        }

        return items;
    }

    [Fact]
    public async Task Create_list_get_update_delete_round_trip()
    {
        using var client = fixture.CreateClient();
        var providers = client.Zones.Providers;
        var zone = NewZone();

        // Create: every field comes back, the secret only as client_secret_set.
        var created = await providers.CreateAsync(zone, Okta);
        created.Id.Should().StartWith("prv_");
        created.ZoneId.Should().Be(zone);
        created.OwnerType.Should().Be(KeycardOwnerType.Customer);
        created.Type.Should().Be(KeycardProviderType.External);
        created.Name.Should().Be("Acme Okta");
        created.Slug.Should().Be("acme-okta");
        created.Description.Should().Be("Okta for Acme");
        created.Identifier.Should().Be("https://acme.okta.com");
        created.ClientId.Should().Be("okta-client");
        created.ClientSecretSet.Should().BeTrue();
        created.Metadata!.Value.GetProperty("env").GetString().Should().Be("prod");
        created.Protocols!.OAuth2!.Issuer.Should().Be("https://acme.okta.com");
        created.Protocols.OAuth2.JwksUri.Should().Be("https://acme.okta.com/oauth2/v1/keys");
        created.Protocols.OAuth2.ScopesSupported.Should().Equal("openid", "email");
        created.Protocols.OAuth2.AuthorizationParameters.Should().BeEquivalentTo(new Dictionary<string, string> { ["prompt"] = "consent" });
        created.Protocols.OpenId!.UserIdentifierClaim.Should().Be("sub");
        created.UpdatedAt.Should().Be(created.CreatedAt);
        created.AdditionalProperties.Should().BeEmpty();

        // List and get see the same provider.
        (await ListAllAsync(providers, zone)).Select(p => p.Id).Should().Equal(created.Id);
        var fetched = await providers.RetrieveAsync(zone, created.Id);
        fetched.Should().BeEquivalentTo(created, o => o.ComparingByMembers<Provider>().Excluding(p => p.Metadata));

        // PATCH: a set value changes, null clears, an absent member stays.
        var updated = await providers.UpdateAsync(zone, created.Id, new ProviderUpdateRequest { Name = "Acme Okta (prod)", Description = null });
        updated.Name.Should().Be("Acme Okta (prod)");
        updated.Description.Should().BeNull();
        updated.ClientId.Should().Be("okta-client");
        updated.ClientSecretSet.Should().BeTrue();
        updated.Identifier.Should().Be("https://acme.okta.com");
        updated.Protocols.Should().BeEquivalentTo(created.Protocols);
        updated.Metadata!.Value.GetProperty("env").GetString().Should().Be("prod");

        var nested = await providers.UpdateAsync(zone, created.Id, new ProviderUpdateRequest
        {
            ClientSecret = null,
            Protocols = new ProviderProtocolsUpdate { OAuth2 = new ProviderOAuth2ProtocolUpdate { JwksUri = null, TokenEndpoint = "https://acme.okta.com/v2/token" } },
        });
        nested.ClientSecretSet.Should().BeFalse();
        nested.ClientId.Should().Be("okta-client");
        nested.Name.Should().Be("Acme Okta (prod)");
        nested.Protocols!.OAuth2!.JwksUri.Should().BeNull();
        nested.Protocols.OAuth2.TokenEndpoint.Should().Be("https://acme.okta.com/v2/token");
        nested.Protocols.OAuth2.AuthorizationEndpoint.Should().Be("https://acme.okta.com/oauth2/v1/authorize");
        nested.Protocols.OpenId!.UserinfoEndpoint.Should().Be("https://acme.okta.com/oauth2/v1/userinfo");

        var withoutOAuth = await providers.UpdateAsync(zone, created.Id, new ProviderUpdateRequest { Protocols = new ProviderProtocolsUpdate { OAuth2 = null } });
        withoutOAuth.Protocols!.OAuth2.Should().BeNull();
        withoutOAuth.Protocols.OpenId!.UserIdentifierClaim.Should().Be("sub");
        (await providers.RetrieveAsync(zone, created.Id)).Should().BeEquivalentTo(withoutOAuth, o => o.ComparingByMembers<Provider>().Excluding(p => p.Metadata));

        // Delete: gone from get and list.
        await providers.DeleteAsync(zone, created.Id);
        var get = () => providers.RetrieveAsync(zone, created.Id);
        var notFound = (await get.Should().ThrowExactlyAsync<IdentityProviderNotFoundException>()).Which;
        notFound.ErrorCodes.Should().Equal("not_found");
        notFound.RequestId.Should().StartWith("req_");
        (await ListAllAsync(providers, zone)).Should().BeEmpty();
        var deleteAgain = () => providers.DeleteAsync(zone, created.Id);
        await deleteAgain.Should().ThrowExactlyAsync<IdentityProviderNotFoundException>();
    }

    [Fact]
    public async Task Metadata_and_protocols_can_be_cleared_and_set()
    {
        using var client = fixture.CreateClient();
        var zone = NewZone();
        var created = await client.Zones.Providers.CreateAsync(zone, Okta);

        var cleared = await client.Zones.Providers.UpdateAsync(zone, created.Id, new ProviderUpdateRequest { Metadata = (JsonElement?)null, Protocols = null, ClientId = null });
        var set = await client.Zones.Providers.UpdateAsync(zone, created.Id, new ProviderUpdateRequest
        {
            Metadata = JsonDocument.Parse("""{"tier":2}""").RootElement.Clone(),
            Protocols = new ProviderProtocolsUpdate { OpenId = new ProviderOpenIdProtocolUpdate { Scopes = new Optional<IReadOnlyList<string>?>(["openid"]) } },
        });

        cleared.Metadata.Should().BeNull();
        cleared.Protocols.Should().BeNull();
        cleared.ClientId.Should().BeNull();
        set.Metadata!.Value.GetProperty("tier").GetInt32().Should().Be(2);
        set.Protocols!.OpenId!.Scopes.Should().Equal("openid");
        set.Protocols.OAuth2.Should().BeNull();
    }

    [Fact]
    public async Task A_duplicate_identifier_is_a_conflict()
    {
        using var client = fixture.CreateClient();
        var zone = NewZone();
        await client.Zones.Providers.CreateAsync(zone, Okta);

        var act = () => client.Zones.Providers.CreateAsync(zone, Okta with { Slug = "other-slug" });

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderConflictException>()).Which;
        error.ErrorCodes.Should().Equal("conflict");
        error.Operation.Should().Be("providers.create");
        (await ListAllAsync(client.Zones.Providers, zone)).Should().ContainSingle();
    }

    [Fact]
    public async Task A_platform_owned_provider_cannot_be_modified()
    {
        using var client = fixture.CreateClient();
        var zone = fixture.Keycard.ZoneId;
        Provider? platform = null;
        await foreach (var provider in client.Zones.Providers.ListAsync(zone, new ProviderListOptions { Type = KeycardProviderType.KeycardVault }))
        {
            platform = provider;
            break;
        }

        platform!.OwnerType.Should().Be(KeycardOwnerType.Platform);
        var update = () => client.Zones.Providers.UpdateAsync(zone, platform.Id, new ProviderUpdateRequest { Name = "Hijacked" });
        var delete = () => client.Zones.Providers.DeleteAsync(zone, platform.Id);

        (await update.Should().ThrowExactlyAsync<IdentityProviderPermissionDeniedException>()).Which.ErrorCodes.Should().Equal("forbidden");
        await delete.Should().ThrowExactlyAsync<IdentityProviderPermissionDeniedException>();
        (await client.Zones.Providers.RetrieveAsync(zone, platform.Id)).Name.Should().Be(platform.Name);
    }

    [Fact]
    public async Task The_cross_vendor_view_maps_created_providers()
    {
        using var client = fixture.CreateClient();
        var zone = NewZone();
        var oidc = await client.Zones.Providers.CreateAsync(zone, Okta);
        var oauth = await client.Zones.Providers.CreateAsync(zone, new ProviderCreateRequest
        {
            Name = "GitHub",
            Identifier = "https://github.com",
            ClientId = "gh-client",
            Protocols = new ProviderProtocols { OAuth2 = new ProviderOAuth2Protocol { Issuer = "https://github.com", TokenEndpoint = "https://github.com/login/oauth/access_token" } },
        });
        var vault = await client.Zones.Providers.CreateAsync(zone, new ProviderCreateRequest { Name = "Vault", Identifier = "vault-1", Type = KeycardProviderType.KeycardVault });

        var view = client.AsIdentityProviderClient(zone);
        var infos = new List<IdentityProviderInfo>();
        await foreach (var info in view.ListAsync())
        {
            infos.Add(info);
        }

        infos.Select(i => (i.Id, i.Name, i.Protocol, i.Type, i.Issuer, i.ClientId)).Should().Equal(
            (oidc.Id, "Acme Okta", ProtocolFamily.Oidc, "external", "https://acme.okta.com", "okta-client"),
            (oauth.Id, "GitHub", ProtocolFamily.OAuth2, "external", "https://github.com", "gh-client"),
            (vault.Id, "Vault", ProtocolFamily.Other, "keycard-vault", null, null));
        infos.Should().OnlyContain(i => i.Vendor == "keycard");
        var got = await view.GetAsync(oauth.Id);
        got.Should().BeEquivalentTo(infos[1], o => o.Excluding(i => i.VendorModel));
        got.CreatedAt.Should().Be(oauth.CreatedAt);
    }
}
