using Cloudflare.Access.Sdk;
using IdentityProviders.Emulator;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Http;
using Keycard.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Waldur.Sdk;
using Zitadel.Sdk;

namespace IdentityProviders.Reliability.Tests.Load;

/// <summary>A vendor as the load tests drive it: how to seed the emulator, build a client directly and register one with DI.</summary>
public sealed record LoadVendor(
    string Vendor,
    int MaxPageSize,
    Action<EmulatorOptions, int> Seed,
    Func<IdentityProviderEmulator, Action<IdentityProviderClientOptions>, (IIdentityProviderClient Client, IDisposable Owner)> CreateDirect,
    Action<IServiceCollection, IdentityProviderEmulator, Action<IdentityProviderClientOptions>> Register)
{
    public static IReadOnlyList<LoadVendor> All { get; } =
    [
        new(
            IdentityProviderVendor.Keycard,
            100,
            (options, count) => options.KeycardSeedCount = count,
            (emulator, configure) =>
            {
                var options = new KeycardClientOptions { BaseAddress = emulator.Keycard.BaseUrl, Token = emulator.Keycard.Token, ZoneId = emulator.Keycard.ZoneId };
                configure(options);
                var client = new KeycardClient(options);
                return (client.AsIdentityProviderClient(), client);
            },
            (services, emulator, configure) => services.AddKeycardClient(o =>
            {
                o.BaseAddress = emulator.Keycard.BaseUrl;
                o.Token = emulator.Keycard.Token;
                o.ZoneId = emulator.Keycard.ZoneId;
                configure(o);
            })),
        new(
            IdentityProviderVendor.Cloudflare,
            global::Cloudflare.Access.Sdk.IdentityProvidersClient.MaxPerPage,
            (options, count) => options.CloudflareSeedCount = count,
            (emulator, configure) =>
            {
                var options = new CloudflareAccessClientOptions { BaseAddress = emulator.Cloudflare.BaseUrl, ApiToken = emulator.Cloudflare.ApiToken, AccountId = emulator.Cloudflare.AccountId };
                configure(options);
                var client = new CloudflareAccessClient(options);
                return (client.AsIdentityProviderClient(), client);
            },
            (services, emulator, configure) => services.AddCloudflareAccessClient(o =>
            {
                o.BaseAddress = emulator.Cloudflare.BaseUrl;
                o.ApiToken = emulator.Cloudflare.ApiToken;
                o.AccountId = emulator.Cloudflare.AccountId;
                configure(o);
            })),
        new(
            IdentityProviderVendor.Zitadel,
            global::Zitadel.Sdk.IdentityProvidersClient.MaxPageSize,
            (options, count) => options.ZitadelSeedCount = count,
            (emulator, configure) =>
            {
                var options = new ZitadelClientOptions { BaseAddress = emulator.Zitadel.BaseUrl, Token = emulator.Zitadel.Token };
                configure(options);
                var client = new ZitadelClient(options);
                return (client.AsIdentityProviderClient(), client);
            },
            (services, emulator, configure) => services.AddZitadelClient(o =>
            {
                o.BaseAddress = emulator.Zitadel.BaseUrl;
                o.Token = emulator.Zitadel.Token;
                configure(o);
            })),
        new(
            IdentityProviderVendor.Waldur,
            global::Waldur.Sdk.IdentityProvidersClient.MaxPageSize,
            (options, count) => options.WaldurSeedCount = count,
            (emulator, configure) =>
            {
                var options = new WaldurClientOptions { BaseAddress = emulator.Waldur.BaseUrl, Token = emulator.Waldur.Token };
                configure(options);
                var client = new WaldurClient(options);
                return (client.AsIdentityProviderClient(), client);
            },
            (services, emulator, configure) => services.AddWaldurClient(o =>
            {
                o.BaseAddress = emulator.Waldur.BaseUrl;
                o.Token = emulator.Waldur.Token;
                configure(o);
            })),
    ];

    public static LoadVendor Get(string vendor) => All.Single(v => v.Vendor == vendor);

    /// <summary>Emulator options that seed <paramref name="count"/> IdPs for this vendor and none for the others.</summary>
    public EmulatorOptions EmulatorOptions(int count)
    {
        var options = new EmulatorOptions { KeycardSeedCount = 0, CloudflareSeedCount = 0, ZitadelSeedCount = 0, ZitadelInstanceSeedCount = 0, WaldurSeedCount = 0 };
        Seed(options, count);
        return options;
    }

    public override string ToString() => Vendor;
}
