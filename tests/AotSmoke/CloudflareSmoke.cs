using Cloudflare.Access.Sdk;
using Cloudflare.Access.Sdk.Models;
using IdentityProviders.Emulator;
using IdentityProviders.Sdk;

namespace AotSmoke;

/// <summary>Cloudflare's own API: V4 envelope, page-number pagination, the polymorphic provider union, both scopes.</summary>
internal static class CloudflareSmoke
{
    public static OidcProviderDefinition Definition { get; } = new()
    {
        Name = "AOT smoke Cloudflare OIDC",
        ClientId = "aot-cloudflare-oidc",
        ClientSecret = "aot-cloudflare-oidc-secret",
        Scopes = ["openid", "email", "profile"],
        AuthorizationEndpoint = "https://cloudflare-oidc.aot-smoke.example.com/authorize",
        TokenEndpoint = "https://cloudflare-oidc.aot-smoke.example.com/token",
        JwksUri = "https://cloudflare-oidc.aot-smoke.example.com/jwks",
        UsePkce = true,
    };

    public static async Task VendorApiAsync(Checks check, IdentityProviderEmulator emulator, EmulatorOptions seeds)
    {
        var info = emulator.Cloudflare;
        using var client = new CloudflareAccessClient(new CloudflareAccessClientOptions
        {
            BaseAddress = info.BaseUrl,
            ApiToken = info.ApiToken,
            AccountId = info.AccountId,
        });
        var idps = client.IdentityProviders;

        var listed = new List<IdentityProvider>();
        await foreach (var idp in idps.ListAsync(options: new IdentityProviderListOptions { PerPage = 7 }))
        {
            listed.Add(idp);
        }

        check.Equal(seeds.CloudflareSeedCount, listed.Count, "ListAsync (account, per_page 7): every provider over all pages");
        check.Equal(listed.Count, listed.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count(), "ListAsync: no duplicates");
        check.That(listed.Select(p => p.GetType()).Distinct().Count() > 5, "ListAsync: the type union yields many variants", string.Join(", ", listed.Select(p => p.GetType().Name).Distinct()));
        check.That(!listed.OfType<UnknownIdentityProvider>().Any(), "ListAsync: every seeded type is known");

        var zoneCount = 0;
        await foreach (var _ in idps.ListAsync(CloudflareScope.Zone(info.ZoneId), new IdentityProviderListOptions { PerPage = 10 }))
        {
            zoneCount++;
        }

        check.Equal(seeds.CloudflareSeedCount, zoneCount, "ListAsync (zone scope): every provider");

        var got = await idps.GetAsync(listed[0].Id!);
        check.Equal(listed[0].Id, got.Id, "GetAsync: same id");
        check.Equal(listed[0].Type, got.Type, "GetAsync: same type");

        const string secret = "aot-cloudflare-typed-secret";
        var created = await idps.CreateAsync(new OidcIdentityProvider
        {
            Name = "AOT smoke Cloudflare",
            Config = new OidcConfig
            {
                ClientId = "aot-cloudflare",
                ClientSecret = secret,
                AuthUrl = "https://cloudflare.aot-smoke.example.com/authorize",
                TokenUrl = "https://cloudflare.aot-smoke.example.com/token",
                CertsUrl = "https://cloudflare.aot-smoke.example.com/keys",
                Scopes = ["openid", "email"],
                PkceEnabled = true,
            },
        });
        check.That(created is OidcIdentityProvider, "CreateAsync: answers the OIDC variant", created.GetType().Name);
        check.That(!string.IsNullOrEmpty(created.Id), "CreateAsync: has an id");
        check.Equal("AOT smoke Cloudflare", created.Name, "CreateAsync: name");
        check.Equal("aot-cloudflare", (created as OidcIdentityProvider)?.Config.ClientId, "CreateAsync: config.client_id");
        check.That(!created.ToString().Contains(secret, StringComparison.Ordinal), "CreateAsync: ToString() has no secret");

        var readBack = await idps.GetAsync(created.Id!);
        check.Equal("https://cloudflare.aot-smoke.example.com/token", (readBack as OidcIdentityProvider)?.Config.TokenUrl, "GetAsync(created): config.token_url");
        check.Equal(true, (readBack as OidcIdentityProvider)?.Config.PkceEnabled, "GetAsync(created): config.pkce_enabled");

        var deletedId = await idps.DeleteAsync(created.Id!);
        check.Equal(created.Id, deletedId, "DeleteAsync: answers the deleted id");
        await check.NotFoundAsync(() => idps.GetAsync(created.Id!), "DeleteAsync: GetAsync then answers not found");
    }
}
