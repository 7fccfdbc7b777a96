using IdentityProviders.Emulator;
using IdentityProviders.Sdk;
using Keycard.Sdk;
using Keycard.Sdk.Models;

namespace AotSmoke;

/// <summary>Keycard's own API: cursor pagination, create with a typed request, write-only secret, delete.</summary>
internal static class KeycardSmoke
{
    public static OidcProviderDefinition Definition { get; } = new()
    {
        Name = "AOT smoke Keycard OIDC",
        Issuer = "https://keycard-oidc.aot-smoke.example.com",
        ClientId = "aot-keycard-oidc",
        ClientSecret = "aot-keycard-oidc-secret",
        Scopes = ["openid", "email"],
        AuthorizationEndpoint = "https://keycard-oidc.aot-smoke.example.com/authorize",
        TokenEndpoint = "https://keycard-oidc.aot-smoke.example.com/token",
        JwksUri = "https://keycard-oidc.aot-smoke.example.com/jwks",
        UsePkce = true,
    };

    public static async Task VendorApiAsync(Checks check, IdentityProviderEmulator emulator, EmulatorOptions seeds)
    {
        var info = emulator.Keycard;
        using var client = new KeycardClient(new KeycardClientOptions { BaseAddress = info.BaseUrl, Token = info.Token });
        var providers = client.Zones.Providers;

        var listed = new List<Provider>();
        await foreach (var provider in providers.ListAsync(info.ZoneId, new ProviderListOptions { Limit = 7 }))
        {
            listed.Add(provider);
        }

        check.Equal(seeds.KeycardSeedCount, listed.Count, "ListAsync (limit 7): every provider over all pages");
        check.Equal(listed.Count, listed.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count(), "ListAsync: no duplicates");

        var got = await providers.RetrieveAsync(info.ZoneId, listed[0].Id);
        check.Equal(listed[0].Id, got.Id, "RetrieveAsync: same id");
        check.Equal(listed[0].Name, got.Name, "RetrieveAsync: same name");

        const string secret = "aot-keycard-typed-secret";
        var created = await providers.CreateAsync(info.ZoneId, new ProviderCreateRequest
        {
            Name = "AOT smoke Keycard",
            Identifier = "https://keycard.aot-smoke.example.com",
            ClientId = "aot-keycard",
            ClientSecret = secret,
            Protocols = new ProviderProtocols
            {
                OAuth2 = new ProviderOAuth2Protocol { Issuer = "https://keycard.aot-smoke.example.com", ScopesSupported = ["openid", "email"] },
                OpenId = new ProviderOpenIdProtocol { UserinfoEndpoint = "https://keycard.aot-smoke.example.com/userinfo" },
            },
        });
        check.Equal("AOT smoke Keycard", created.Name, "CreateAsync: name");
        check.Equal("aot-keycard", created.ClientId, "CreateAsync: client id");
        check.Equal(true, created.ClientSecretSet, "CreateAsync: client_secret_set (the secret is write-only)");
        check.Equal("https://keycard.aot-smoke.example.com", created.Protocols?.OAuth2?.Issuer, "CreateAsync: protocols.oauth2.issuer");
        check.That(!created.ToString().Contains(secret, StringComparison.Ordinal), "CreateAsync: ToString() has no secret");

        var readBack = await providers.RetrieveAsync(info.ZoneId, created.Id);
        check.Equal(created.Id, readBack.Id, "RetrieveAsync(created): same id");
        check.Equal("https://keycard.aot-smoke.example.com/userinfo", readBack.Protocols?.OpenId?.UserinfoEndpoint, "RetrieveAsync(created): userinfo endpoint");

        await providers.DeleteAsync(info.ZoneId, created.Id);
        await check.NotFoundAsync(() => providers.RetrieveAsync(info.ZoneId, created.Id), "DeleteAsync: RetrieveAsync then answers not found");

        var count = 0;
        await foreach (var _ in client.AsIdentityProviderClient(info.ZoneId).ListAsync())
        {
            count++;
        }

        check.Equal(seeds.KeycardSeedCount, count, "AsIdentityProviderClient().ListAsync: back to the seeded count");
    }
}
