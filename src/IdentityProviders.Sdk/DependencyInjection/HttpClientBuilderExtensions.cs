using System.Reflection;
using IdentityProviders.Sdk.Diagnostics;
using IdentityProviders.Sdk.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IdentityProviders.Sdk.DependencyInjection;

/// <summary>Registers the shared HTTP pipeline on an <see cref="IHttpClientBuilder"/>.</summary>
public static class HttpClientBuilderExtensions
{
    /// <summary>
    /// Adds the User-Agent, resilience, authentication and logging handlers, applies base address and timeout, and uses
    /// the SDK's primary handler (<see cref="HttpPipeline.CreatePrimaryHandler"/>: bounded connections per server).
    /// </summary>
    /// <typeparam name="TOptions">The vendor options type.</typeparam>
    /// <param name="builder">The named client builder.</param>
    /// <param name="getOptions">Resolves the (validated) options.</param>
    /// <param name="vendor">The vendor.</param>
    /// <param name="vendorAssembly">The vendor SDK's assembly.</param>
    /// <param name="getAuthenticator">Resolves the authenticator, or returns <see langword="null"/> for none.</param>
    /// <param name="telemetry">The vendor SDK's activity source and meter; <see langword="null"/> for none.</param>
    /// <returns>The builder.</returns>
    public static IHttpClientBuilder AddIdentityProviderPipeline<TOptions>(
        this IHttpClientBuilder builder,
        Func<IServiceProvider, TOptions> getOptions,
        string vendor,
        Assembly vendorAssembly,
        Func<IServiceProvider, TOptions, IRequestAuthenticator?> getAuthenticator,
        IdentityProviderTelemetry? telemetry = null)
        where TOptions : IdentityProviderClientOptions
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(getOptions);
        ArgumentNullException.ThrowIfNull(getAuthenticator);
        builder.ConfigureHttpClient((sp, client) => HttpPipeline.ConfigureHttpClient(client, getOptions(sp)));
        // The factory's default primary handler has no connection limit: use the SDK's (MaxConnectionsPerServer, pooled
        // lifetime, connect timeout). A primary handler the application configures on the returned builder wins.
        builder.ConfigurePrimaryHttpMessageHandler(sp => HttpPipeline.CreatePrimaryHandler(getOptions(sp)));
        builder.ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
        {
            var options = getOptions(sp);
            var created = HttpPipeline.CreateHandlers(options, vendor, vendorAssembly, getAuthenticator(sp, options), options.LoggerFactory ?? sp.GetService<ILoggerFactory>(), telemetry);
            foreach (var handler in created)
            {
                handlers.Add(handler);
            }
        });
        return builder;
    }
}
