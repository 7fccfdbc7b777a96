using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using IdentityProviders.Sdk.Diagnostics;
using IdentityProviders.Sdk.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IdentityProviders.Sdk.DependencyInjection;

/// <summary>The registration every vendor's <c>AddXxxClient</c> shares.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers a vendor client: options (validated at start with every problem reported), one authenticator per
    /// application (so a token cache is shared by every handler the factory rotates), a named <see cref="HttpClient"/>
    /// carrying the pipeline, the client (transient over the pooled handler) and, keyed by <paramref name="vendor"/>,
    /// an <see cref="IIdentityProviderClient"/>.
    /// </summary>
    /// <typeparam name="TClient">The vendor client.</typeparam>
    /// <typeparam name="TOptions">The vendor options.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="httpClientName">The named client's name.</param>
    /// <param name="vendor">The vendor, also the key of the <see cref="IIdentityProviderClient"/>.</param>
    /// <param name="vendorAssembly">The vendor SDK's assembly, for the User-Agent.</param>
    /// <param name="createAuthenticator">Creates the authenticator from the options.</param>
    /// <param name="createClient">Creates the client over the named <see cref="HttpClient"/>.</param>
    /// <param name="asIdentityProviderClient">The cross-vendor view of a client.</param>
    /// <param name="telemetry">The vendor SDK's activity source and meter, for the HTTP attempts; <see langword="null"/> for none.</param>
    /// <returns>The named client's builder.</returns>
    public static IHttpClientBuilder AddIdentityProviderClient<TClient, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        this IServiceCollection services,
        Action<TOptions> configure,
        string httpClientName,
        string vendor,
        Assembly vendorAssembly,
        AuthenticatorFactory<TOptions> createAuthenticator,
        Func<HttpClient, TOptions, TClient> createClient,
        Func<TClient, TOptions, IIdentityProviderClient> asIdentityProviderClient,
        IdentityProviderTelemetry? telemetry = null)
        where TClient : class
        where TOptions : IdentityProviderClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        ArgumentNullException.ThrowIfNull(createAuthenticator);
        ArgumentNullException.ThrowIfNull(createClient);
        ArgumentNullException.ThrowIfNull(asIdentityProviderClient);
        services.AddOptions<TOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, IdentityProviderOptionsValidator<TOptions>>());
        services.TryAddSingleton(sp => new AuthenticatorHolder<TOptions>(sp.GetRequiredService<IOptions<TOptions>>().Value, createAuthenticator));
        services.AddTransient(sp => createClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName),
            sp.GetRequiredService<IOptions<TOptions>>().Value));
        services.AddKeyedTransient<IIdentityProviderClient>(vendor, (sp, _) =>
            asIdentityProviderClient(sp.GetRequiredService<TClient>(), sp.GetRequiredService<IOptions<TOptions>>().Value));
        return services.AddHttpClient(httpClientName)
            .AddIdentityProviderPipeline(
                sp => sp.GetRequiredService<IOptions<TOptions>>().Value,
                vendor,
                vendorAssembly,
                (sp, _) => sp.GetRequiredService<AuthenticatorHolder<TOptions>>().Authenticator,
                telemetry);
    }

    private sealed class AuthenticatorHolder<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions> : IDisposable
        where TOptions : IdentityProviderClientOptions
    {
        private readonly IDisposable? _owned;

        public AuthenticatorHolder(TOptions options, AuthenticatorFactory<TOptions> create) => Authenticator = create(options, out _owned);

        public IRequestAuthenticator Authenticator { get; }

        public void Dispose() => _owned?.Dispose();
    }
}
