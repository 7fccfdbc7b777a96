using IdentityProviders.Emulator;
using IdentityProviders.Sdk;
using Waldur.Sdk;
using Waldur.Sdk.Models;

namespace AotSmoke;

/// <summary>Waldur's own API: bare-array pages with x-result-count, HEAD count, create with a typed request, delete.</summary>
internal static class WaldurSmoke
{
    public static OidcProviderDefinition Definition { get; } = new()
    {
        Name = "AOT smoke Waldur OIDC",
        Issuer = "https://waldur-oidc.aot-smoke.example.com/realms/aot",
        ClientId = "aot-waldur-oidc",
        ClientSecret = "aot-waldur-oidc-secret",
        Scopes = ["openid", "email"],
        UsePkce = true,
    };

    public static async Task VendorApiAsync(Checks check, IdentityProviderEmulator emulator, EmulatorOptions seeds)
    {
        var info = emulator.Waldur;
        using var client = new WaldurClient(new WaldurClientOptions { BaseAddress = info.BaseUrl, Token = info.Token });
        var providers = client.IdentityProviders;

        check.Equal((long)seeds.WaldurSeedCount, await providers.CountAsync(), "CountAsync (HEAD, x-result-count)");

        var listed = new List<IdentityProvider>();
        await foreach (var provider in providers.ListAsync(new IdentityProviderListOptions { PageSize = 5 }))
        {
            listed.Add(provider);
        }

        check.Equal(seeds.WaldurSeedCount, listed.Count, "ListAsync (page size 5): every provider over all pages");
        check.Equal(listed.Count, listed.Select(p => p.Provider).Distinct(StringComparer.Ordinal).Count(), "ListAsync: no duplicates");

        var got = await providers.RetrieveAsync(listed[0].Provider);
        check.Equal(listed[0].Provider, got.Provider, "RetrieveAsync: same provider key");
        check.Equal(listed[0].Label, got.Label, "RetrieveAsync: same label");

        const string secret = "aot-waldur-typed-secret";
        var created = await providers.CreateAsync(new IdentityProviderRequest
        {
            Provider = "aot-smoke",
            Label = "AOT smoke Waldur",
            ClientId = "aot-waldur",
            ClientSecret = secret,
            DiscoveryUrl = "https://waldur.aot-smoke.example.com/realms/aot/.well-known/openid-configuration",
            ExtraScope = "email profile",
            ProtectedFields = JsonStringList.From(["first_name", "email"]),
        });
        check.Equal("aot-smoke", created.Provider, "CreateAsync: provider key");
        check.Equal("AOT smoke Waldur", created.Label, "CreateAsync: label");
        check.Equal("aot-waldur", created.ClientId, "CreateAsync: client id");
        check.That(!created.ToString().Contains(secret, StringComparison.Ordinal), "CreateAsync: ToString() has no secret (Waldur returns it)");

        var readBack = await providers.RetrieveAsync("aot-smoke");
        check.Equal("email profile", readBack.ExtraScope, "RetrieveAsync(created): extra scope");
        check.That(readBack.ProtectedFields is not null, "RetrieveAsync(created): protected fields (JSON-string list)");

        await providers.DeleteAsync("aot-smoke");
        await check.NotFoundAsync(() => providers.RetrieveAsync("aot-smoke"), "DeleteAsync: RetrieveAsync then answers not found");
        check.Equal((long)seeds.WaldurSeedCount, await providers.CountAsync(), "CountAsync after delete: back to the seeded count");
    }
}
