using IdentityProviders.Sdk;
using IdentityProviders.Sdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Keycard.Sdk;

/// <summary>Registers <see cref="KeycardClient"/> with dependency injection over <c>IHttpClientFactory</c>.</summary>
public static class KeycardServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="KeycardClient"/> (transient, over a pooled named <see cref="HttpClient"/>) and, keyed
    /// <c>"keycard"</c>, an <see cref="IIdentityProviderClient"/> for <see cref="KeycardClientOptions.ZoneId"/>.
    /// Options are validated when the host starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The named client's builder, to add handlers or configure the primary handler.</returns>
    public static IHttpClientBuilder AddKeycardClient(this IServiceCollection services, Action<KeycardClientOptions> configure)
    {
        return services.AddIdentityProviderClient<KeycardClient, KeycardClientOptions>(
            configure,
            KeycardClient.HttpClientName,
            IdentityProviderVendor.Keycard,
            typeof(KeycardClient).Assembly,
            KeycardClient.CreateAuthenticator,
            static (http, options) => new KeycardClient(http, options),
            static (client, _) => client.AsIdentityProviderClient(),
            KeycardClient.Telemetry);
    }
}
