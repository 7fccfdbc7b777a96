using IdentityProviders.Sdk;
using IdentityProviders.Sdk.DependencyInjection;
using IdentityProviders.Sdk.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ZitadelClientOptions>()
            .Configure(configure)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZitadelClientOptions>, IdentityProviderOptionsValidator<ZitadelClientOptions>>());

        services.AddSingleton<ZitadelAuthenticatorHolder>();
        services.AddTransient(sp => new ZitadelClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(ZitadelClient.HttpClientName),
            sp.GetRequiredService<IOptions<ZitadelClientOptions>>().Value));
        services.AddKeyedTransient<IIdentityProviderClient>(IdentityProviderVendor.Zitadel, (sp, _) =>
            sp.GetRequiredService<ZitadelClient>().AsIdentityProviderClient(sp.GetRequiredService<IOptions<ZitadelClientOptions>>().Value.Level));
        return services.AddHttpClient(ZitadelClient.HttpClientName)
            .AddIdentityProviderPipeline(
                sp => sp.GetRequiredService<IOptions<ZitadelClientOptions>>().Value,
                IdentityProviderVendor.Zitadel,
                typeof(ZitadelClient).Assembly,
                (sp, _) => sp.GetRequiredService<ZitadelAuthenticatorHolder>().Authenticator);
    }

    private sealed class ZitadelAuthenticatorHolder : IDisposable
    {
        private readonly IDisposable? _owned;

        public ZitadelAuthenticatorHolder(IOptions<ZitadelClientOptions> options)
        {
            Authenticator = ZitadelClient.CreateAuthenticator(options.Value, out _owned);
        }

        public IRequestAuthenticator Authenticator { get; }

        public void Dispose() => _owned?.Dispose();
    }
}
