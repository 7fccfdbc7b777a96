using IdentityProviders.Sdk;
using IdentityProviders.Sdk.DependencyInjection;
using IdentityProviders.Sdk.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<KeycardClientOptions>()
            .Configure(configure)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KeycardClientOptions>, IdentityProviderOptionsValidator<KeycardClientOptions>>());

        // One token cache per application, shared by every handler the factory rotates.
        services.AddSingleton<KeycardAuthenticatorHolder>();
        services.AddTransient(sp => new KeycardClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(KeycardClient.HttpClientName),
            sp.GetRequiredService<IOptions<KeycardClientOptions>>().Value));
        services.AddKeyedTransient<IIdentityProviderClient>(IdentityProviderVendor.Keycard, (sp, _) => sp.GetRequiredService<KeycardClient>().AsIdentityProviderClient());
        return services.AddHttpClient(KeycardClient.HttpClientName)
            .AddIdentityProviderPipeline(
                sp => sp.GetRequiredService<IOptions<KeycardClientOptions>>().Value,
                IdentityProviderVendor.Keycard,
                typeof(KeycardClient).Assembly,
                (sp, _) => sp.GetRequiredService<KeycardAuthenticatorHolder>().Authenticator);
    }

    private sealed class KeycardAuthenticatorHolder : IDisposable
    {
        private readonly IDisposable? _owned;

        public KeycardAuthenticatorHolder(IOptions<KeycardClientOptions> options)
        {
            Authenticator = KeycardClient.CreateAuthenticator(options.Value, out _owned);
        }

        public IRequestAuthenticator Authenticator { get; }

        public void Dispose() => _owned?.Dispose();
    }
}
