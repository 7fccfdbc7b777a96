using Cloudflare.Access.Sdk;
using IdentityProviders.Emulator;
using IdentityProviders.Sdk;
using Keycard.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Waldur.Sdk;
using Zitadel.Sdk;

namespace Inventory.Hosted;

/// <summary>Wires the inventory: the four vendor clients from configuration, the worker and its options.</summary>
internal static class InventoryServiceCollectionExtensions
{
    /// <summary>The configuration section that holds one section per vendor.</summary>
    public const string IdentityProvidersSection = "IdentityProviders";

    /// <summary>Every vendor, in inventory order, with the name of its configuration section.</summary>
    public static readonly IReadOnlyList<(string Vendor, string Section)> Vendors =
    [
        (IdentityProviderVendor.Keycard, "Keycard"),
        (IdentityProviderVendor.Cloudflare, "Cloudflare"),
        (IdentityProviderVendor.Zitadel, "Zitadel"),
        (IdentityProviderVendor.Waldur, "Waldur"),
    ];

    /// <summary>Rewrites <c>--once</c> to <c>--Inventory:RunOnce=true</c>, which the command-line configuration source understands.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The arguments for <see cref="Host.CreateApplicationBuilder(string[])"/>.</returns>
    public static string[] TranslateArguments(string[] args) =>
        [.. args.Select(a => a == "--once" ? $"--{InventoryOptions.SectionName}:{nameof(InventoryOptions.RunOnce)}=true" : a)];

    /// <summary>The vendors taking part: those whose section sets <c>BaseAddress</c>.</summary>
    /// <param name="configuration">The application configuration.</param>
    /// <returns>The vendor names, e.g. <c>keycard</c>.</returns>
    public static IReadOnlyList<string> GetConfiguredVendors(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return [.. Vendors.Where(v => !string.IsNullOrWhiteSpace(VendorSection(configuration, v.Section)["BaseAddress"])).Select(v => v.Vendor)];
    }

    /// <summary>Starts the local emulator when no vendor is configured, so that the sample runs with no account.</summary>
    /// <param name="configuration">The application configuration.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator (dispose it after the host), or <see langword="null"/> when a vendor is configured.</returns>
    public static async Task<IdentityProviderEmulator?> StartEmulatorIfUnconfiguredAsync(IConfiguration configuration, CancellationToken cancellationToken = default) =>
        GetConfiguredVendors(configuration).Count == 0
            ? await IdentityProviderEmulator.StartAsync(new EmulatorOptions(), cancellationToken)
            : null;

    /// <summary>
    /// Registers the vendor clients, the <see cref="InventoryWorker"/> (a singleton and a hosted service) and its
    /// validated <see cref="InventoryOptions"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">
    /// The configuration: <c>Inventory</c> for the worker, <c>IdentityProviders:{Keycard|Cloudflare|Zitadel|Waldur}</c>
    /// for each vendor's options (secrets from environment variables or user secrets, never from appsettings.json).
    /// </param>
    /// <param name="emulator">
    /// When given, all four vendors are registered and pointed at it (address, credentials, tenant ids), whatever the
    /// configuration says; otherwise only the vendors whose section sets <c>BaseAddress</c>.
    /// </param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddInventory(this IServiceCollection services, IConfiguration configuration, IdentityProviderEmulator? emulator = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var vendors = emulator is null ? GetConfiguredVendors(configuration) : [.. Vendors.Select(v => v.Vendor)];
        foreach (var vendor in vendors)
        {
            AddVendor(services, configuration, vendor);
        }

        if (emulator is not null)
        {
            UseEmulator(services, emulator);
        }

        services.AddSingleton(new InventoryVendors(vendors));
        services.AddOptions<InventoryOptions>().Bind(configuration.GetSection(InventoryOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InventoryOptions>, InventoryOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InventoryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<InventoryWorker>());
        return services;
    }

    private static IConfigurationSection VendorSection(IConfiguration configuration, string section) =>
        configuration.GetSection(IdentityProvidersSection).GetSection(section);

    // Each vendor's AddXxxClient calls the core AddIdentityProviderClient: options validated at start, one named
    // HttpClient with the SDK pipeline, and an IIdentityProviderClient keyed by the vendor name ("keycard", ...).
    private static void AddVendor(IServiceCollection services, IConfiguration configuration, string vendor)
    {
        var section = VendorSection(configuration, Vendors.Single(v => v.Vendor == vendor).Section);
        switch (vendor)
        {
            case IdentityProviderVendor.Keycard:
                services.AddKeycardClient(options => section.Bind(options));
                break;
            case IdentityProviderVendor.Cloudflare:
                services.AddCloudflareAccessClient(options => section.Bind(options));
                break;
            case IdentityProviderVendor.Zitadel:
                services.AddZitadelClient(options =>
                {
                    section.Bind(options);
                    if (section["KeyFile"] is { Length: > 0 } keyFile)
                    {
                        options.ServiceAccountKey = ZitadelServiceAccountKey.FromFile(keyFile);
                    }
                });
                break;
            case IdentityProviderVendor.Waldur:
                services.AddWaldurClient(options => section.Bind(options));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(vendor), vendor, "Unknown vendor.");
        }
    }

    // PostConfigure runs after every Configure (the configuration binding included), so the emulator's address,
    // credentials and tenant ids replace whatever the configuration holds; every other credential is cleared.
    private static void UseEmulator(IServiceCollection services, IdentityProviderEmulator emulator)
    {
        services.PostConfigure<KeycardClientOptions>(o =>
        {
            o.BaseAddress = emulator.Keycard.BaseUrl;
            o.Token = emulator.Keycard.Token;
            o.ClientCredentials = null;
            o.ZoneId = emulator.Keycard.ZoneId;
        });
        services.PostConfigure<CloudflareAccessClientOptions>(o =>
        {
            o.BaseAddress = emulator.Cloudflare.BaseUrl;
            o.ApiToken = emulator.Cloudflare.ApiToken;
            o.Email = null;
            o.ApiKey = null;
            o.UserServiceKey = null;
            o.AccountId = emulator.Cloudflare.AccountId;
            o.ZoneId = null;
        });
        services.PostConfigure<ZitadelClientOptions>(o =>
        {
            o.BaseAddress = emulator.Zitadel.BaseUrl;
            o.Token = emulator.Zitadel.Token;
            o.ServiceAccountKey = null;
            o.Issuer = null;
            o.OrganizationId = null;
        });
        services.PostConfigure<WaldurClientOptions>(o =>
        {
            o.BaseAddress = emulator.Waldur.BaseUrl;
            o.Token = emulator.Waldur.Token;
            o.BearerToken = null;
            o.BearerTokenProvider = null;
        });
    }
}
