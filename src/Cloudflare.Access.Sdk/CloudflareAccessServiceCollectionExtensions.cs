using IdentityProviders.Sdk;
using IdentityProviders.Sdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<CloudflareAccessClientOptions>()
            .Configure(configure)
            .Validate(o => !o.Validate().Any(), "CloudflareAccessClientOptions are invalid: check BaseAddress, give exactly one credential (ApiToken, Email with ApiKey, or UserServiceKey) and at most one of AccountId and ZoneId.")
            .ValidateOnStart();

        services.AddTransient(sp => new CloudflareAccessClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(CloudflareAccessClient.HttpClientName),
            sp.GetRequiredService<IOptions<CloudflareAccessClientOptions>>().Value));
        services.AddKeyedTransient<IIdentityProviderClient>(IdentityProviderVendor.Cloudflare, (sp, _) => sp.GetRequiredService<CloudflareAccessClient>().AsIdentityProviderClient());
        return services.AddHttpClient(CloudflareAccessClient.HttpClientName)
            .AddIdentityProviderPipeline(
                sp => sp.GetRequiredService<IOptions<CloudflareAccessClientOptions>>().Value,
                IdentityProviderVendor.Cloudflare,
                typeof(CloudflareAccessClient).Assembly,
                (_, options) => CloudflareAccessClient.CreateAuthenticator(options));
    }
}
