using IdentityProviders.Sdk;
using IdentityProviders.Sdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Zitadel.Sdk;

/// <summary>Registers <see cref="ZitadelClient"/> with dependency injection over <c>IHttpClientFactory</c>.</summary>
public static class ZitadelServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ZitadelClient"/> (transient, over a pooled named <see cref="HttpClient"/>) and, keyed
    /// <c>"zitadel"</c>, an <see cref="IIdentityProviderClient"/> for <see cref="ZitadelClientOptions.Level"/> (and
    /// <see cref="ZitadelClientOptions.OrganizationId"/>). Options are validated when the host starts; with a key file,
    /// one token cache is shared by the whole application.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The named client's builder, to add handlers or configure the primary handler.</returns>
    public static IHttpClientBuilder AddZitadelClient(this IServiceCollection services, Action<ZitadelClientOptions> configure)
    {
        return services.AddIdentityProviderClient<ZitadelClient, ZitadelClientOptions>(
            configure,
            ZitadelClient.HttpClientName,
            IdentityProviderVendor.Zitadel,
            typeof(ZitadelClient).Assembly,
            ZitadelClient.CreateAuthenticator,
            static (http, options) => new ZitadelClient(http, options),
            static (client, options) => client.AsIdentityProviderClient(options.Level),
            ZitadelClient.Telemetry);
    }
}
