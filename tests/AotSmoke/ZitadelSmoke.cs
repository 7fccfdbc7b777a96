using IdentityProviders.Emulator;
using IdentityProviders.Sdk;
using Zitadel.Sdk;
using Zitadel.Sdk.Models;

namespace AotSmoke;

/// <summary>Zitadel's own API: offset pagination over a POST search, the config union, organization and instance.</summary>
internal static class ZitadelSmoke
{
    public static OidcProviderDefinition Definition { get; } = new()
    {
        Name = "AOT smoke Zitadel OIDC",
        Issuer = "https://zitadel-oidc.aot-smoke.example.com",
        ClientId = "aot-zitadel-oidc",
        ClientSecret = "aot-zitadel-oidc-secret",
        Scopes = ["openid", "profile"],
        UsePkce = true,
    };

    /// <summary>An organization sees its own providers and the instance's.</summary>
    public static int OrganizationCount(EmulatorOptions seeds) => seeds.ZitadelSeedCount + seeds.ZitadelInstanceSeedCount;

    public static async Task VendorApiAsync(Checks check, IdentityProviderEmulator emulator, EmulatorOptions seeds)
    {
        var info = emulator.Zitadel;
        using var client = new ZitadelClient(new ZitadelClientOptions { BaseAddress = info.BaseUrl, Token = info.Token });
        var idps = client.Organization;

        var listed = new List<Provider>();
        await foreach (var provider in idps.ListProvidersAsync(new ListProvidersOptions { PageSize = 7 }))
        {
            listed.Add(provider);
        }

        check.Equal(OrganizationCount(seeds), listed.Count, "ListProvidersAsync (organization, page size 7): every provider over all pages");
        check.Equal(listed.Count, listed.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count(), "ListProvidersAsync: no duplicates");
        check.That(listed.Select(p => p.Config?.GetType()).Distinct().Count() >= 12, "ListProvidersAsync: the config union yields all 12 variants", string.Join(", ", listed.Select(p => p.Config?.GetType().Name).Distinct()));
        check.That(!listed.Any(p => p.Config is null or UnknownProviderConfig), "ListProvidersAsync: every seeded config is known");

        var instanceCount = 0;
        await foreach (var _ in client.Instance.ListProvidersAsync(new ListProvidersOptions { PageSize = 5 }))
        {
            instanceCount++;
        }

        check.Equal(seeds.ZitadelInstanceSeedCount, instanceCount, "Instance.ListProvidersAsync: every instance provider");

        var got = await idps.GetProviderAsync(listed[0].Id!);
        check.Equal(listed[0].Id, got.Id, "GetProviderAsync: same id");
        check.Equal(listed[0].Config?.GetType(), got.Config?.GetType(), "GetProviderAsync: same config variant");

        const string secret = "aot-zitadel-typed-secret";
        var added = await idps.AddGenericOidcProviderAsync(new AddGenericOidcProviderRequest
        {
            Name = "AOT smoke Zitadel",
            Issuer = "https://zitadel.aot-smoke.example.com",
            ClientId = "aot-zitadel",
            ClientSecret = secret,
            Scopes = ["openid", "email"],
            ProviderOptions = new ProviderOptions { IsLinkingAllowed = true, IsCreationAllowed = true, AutoLinking = AutoLinkingOption.Email },
        });
        check.That(!string.IsNullOrEmpty(added.Id), "AddGenericOidcProviderAsync: answers an id");

        var readBack = await idps.GetProviderAsync(added.Id!);
        check.Equal("AOT smoke Zitadel", readBack.Name, "GetProviderAsync(added): name");
        var oidc = (readBack.Config as GenericOidcProviderConfig)?.Oidc;
        check.Equal("https://zitadel.aot-smoke.example.com", oidc?.Issuer, "GetProviderAsync(added): config.oidc.issuer");
        check.Equal("aot-zitadel", oidc?.ClientId, "GetProviderAsync(added): config.oidc.clientId");
        check.That(!readBack.ToString().Contains(secret, StringComparison.Ordinal), "GetProviderAsync(added): ToString() has no secret");

        await idps.DeleteProviderAsync(added.Id!);
        await check.NotFoundAsync(() => idps.GetProviderAsync(added.Id!), "DeleteProviderAsync: GetProviderAsync then answers not found");
    }
}
