using IdentityProviders.Sdk;
using IdentityProviders.Sdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<WaldurClientOptions>()
            .Configure(configure)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WaldurClientOptions>, IdentityProviderOptionsValidator<WaldurClientOptions>>());

        services.AddTransient(sp => new WaldurClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(WaldurClient.HttpClientName),
            sp.GetRequiredService<IOptions<WaldurClientOptions>>().Value));
        services.AddKeyedTransient<IIdentityProviderClient>(IdentityProviderVendor.Waldur, (sp, _) => sp.GetRequiredService<WaldurClient>().AsIdentityProviderClient());
        return services.AddHttpClient(WaldurClient.HttpClientName)
            .AddIdentityProviderPipeline(
                sp => sp.GetRequiredService<IOptions<WaldurClientOptions>>().Value,
                IdentityProviderVendor.Waldur,
                typeof(WaldurClient).Assembly,
                (_, options) => WaldurClient.CreateAuthenticator(options));
    }
}
