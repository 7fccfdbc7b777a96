using IdentityProviders.Sdk;
using IdentityProviders.Sdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Waldur.Sdk;

/// <summary>Registers <see cref="WaldurClient"/> with dependency injection over <c>IHttpClientFactory</c>.</summary>
public static class WaldurServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="WaldurClient"/> (transient, over a pooled named <see cref="HttpClient"/>) and, keyed
    /// <c>"waldur"</c>, an <see cref="IIdentityProviderClient"/>. Options are validated when the host starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The named client's builder, to add handlers or configure the primary handler.</returns>
    public static IHttpClientBuilder AddWaldurClient(this IServiceCollection services, Action<WaldurClientOptions> configure)
    {
        return services.AddIdentityProviderClient<WaldurClient, WaldurClientOptions>(
            configure,
            WaldurClient.HttpClientName,
            IdentityProviderVendor.Waldur,
            typeof(WaldurClient).Assembly,
            static (WaldurClientOptions options, out IDisposable? owned) =>
            {
                owned = null;
                return WaldurClient.CreateAuthenticator(options);
            },
            static (http, options) => new WaldurClient(http, options),
            static (client, _) => client.AsIdentityProviderClient(),
            WaldurClient.Telemetry);
    }
}
