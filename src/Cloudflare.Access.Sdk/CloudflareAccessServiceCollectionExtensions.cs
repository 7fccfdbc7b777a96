using IdentityProviders.Sdk;
using IdentityProviders.Sdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Cloudflare.Access.Sdk;

/// <summary>Registers <see cref="CloudflareAccessClient"/> with dependency injection over <c>IHttpClientFactory</c>.</summary>
public static class CloudflareAccessServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CloudflareAccessClient"/> (transient, over a pooled named <see cref="HttpClient"/>) and,
    /// keyed <c>"cloudflare"</c>, an <see cref="IIdentityProviderClient"/> for the configured
    /// <see cref="CloudflareAccessClientOptions.AccountId"/> or <see cref="CloudflareAccessClientOptions.ZoneId"/>.
    /// Options are validated when the host starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The named client's builder, to add handlers or configure the primary handler.</returns>
    public static IHttpClientBuilder AddCloudflareAccessClient(this IServiceCollection services, Action<CloudflareAccessClientOptions> configure)
    {
        return services.AddIdentityProviderClient<CloudflareAccessClient, CloudflareAccessClientOptions>(
            configure,
            CloudflareAccessClient.HttpClientName,
            IdentityProviderVendor.Cloudflare,
            typeof(CloudflareAccessClient).Assembly,
            static (CloudflareAccessClientOptions options, out IDisposable? owned) =>
            {
                owned = null;
                return CloudflareAccessClient.CreateAuthenticator(options);
            },
            static (http, options) => new CloudflareAccessClient(http, options),
            static (client, _) => client.AsIdentityProviderClient(),
            CloudflareAccessClient.Telemetry);
    }
}
