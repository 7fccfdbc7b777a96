using System.Reflection;
using IdentityProviders.Sdk.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IdentityProviders.Sdk.Http;

/// <summary>
/// Builds the HTTP handler chain every vendor client uses, outermost first: User-Agent, resilience (total timeout,
/// retry, per-attempt timeout, body buffering), authentication (per attempt), redacting logging (per attempt).
/// </summary>
public static class HttpPipeline
{
    /// <summary>The logger category of the HTTP log.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <returns>E.g. <c>IdentityProviders.Http.keycard</c>.</returns>
    public static string LoggerCategory(string vendor) => $"IdentityProviders.Http.{vendor}";

    /// <summary>Creates the delegating handlers, outermost first (not yet chained).</summary>
    /// <param name="options">The client options.</param>
    /// <param name="vendor">The vendor.</param>
    /// <param name="vendorAssembly">The vendor SDK's assembly, for the User-Agent.</param>
    /// <param name="authenticator">Adds credentials; <see langword="null"/> for none.</param>
    /// <param name="loggerFactory">The logger factory; falls back to <see cref="IdentityProviderClientOptions.LoggerFactory"/>.</param>
    /// <param name="telemetry">The vendor SDK's activity source and meter, for an activity and measurement per attempt; <see langword="null"/> for none.</param>
    /// <returns>The handlers.</returns>
    public static IReadOnlyList<DelegatingHandler> CreateHandlers(IdentityProviderClientOptions options, string vendor, Assembly vendorAssembly, IRequestAuthenticator? authenticator, ILoggerFactory? loggerFactory = null, IdentityProviderTelemetry? telemetry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var factory = loggerFactory ?? options.LoggerFactory ?? NullLoggerFactory.Instance;
        var logger = factory.CreateLogger(LoggerCategory(vendor));
        var handlers = new List<DelegatingHandler>
        {
            new UserAgentHandler(vendorAssembly, options.UserAgentSuffix),
            new ResilienceHandler(options.Timeout, options.Retry, options.MaxResponseContentBytes, options.TimeProvider, logger, telemetry),
        };
        if (authenticator is not null)
        {
            handlers.Add(new AuthenticationHandler(authenticator));
        }

        handlers.Add(new RedactingLoggingHandler(logger, options.LogBodies, options.TimeProvider));
        return handlers;
    }

    /// <summary>Creates the primary handler used when no <c>IHttpClientFactory</c> is involved.</summary>
    /// <param name="options">The client options.</param>
    /// <returns>A pooled <see cref="SocketsHttpHandler"/> with bounded connections and DNS-friendly lifetime.</returns>
    public static SocketsHttpHandler CreatePrimaryHandler(IdentityProviderClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.MaxConnectionsPerServer,
            PooledConnectionLifetime = HttpDefaults.PooledConnectionLifetime,
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            ConnectTimeout = options.Retry.AttemptTimeout,
        };
    }

    /// <summary>Chains handlers over a primary handler.</summary>
    /// <param name="handlers">Delegating handlers, outermost first.</param>
    /// <param name="primary">The innermost handler.</param>
    /// <returns>The outermost handler.</returns>
    public static HttpMessageHandler Chain(IReadOnlyList<DelegatingHandler> handlers, HttpMessageHandler primary)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        ArgumentNullException.ThrowIfNull(primary);
        var inner = primary;
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = inner;
            inner = handlers[i];
        }

        return inner;
    }

    /// <summary>Creates an <see cref="HttpClient"/> with the full pipeline for use without dependency injection.</summary>
    /// <param name="options">The client options (validated by the caller).</param>
    /// <param name="vendor">The vendor.</param>
    /// <param name="vendorAssembly">The vendor SDK's assembly.</param>
    /// <param name="authenticator">Adds credentials; <see langword="null"/> for none.</param>
    /// <param name="primary">The innermost handler; <see langword="null"/> for a new pooled one.</param>
    /// <param name="telemetry">The vendor SDK's activity source and meter; <see langword="null"/> for none.</param>
    /// <returns>The client; dispose it when done.</returns>
    public static HttpClient CreateHttpClient(IdentityProviderClientOptions options, string vendor, Assembly vendorAssembly, IRequestAuthenticator? authenticator, HttpMessageHandler? primary = null, IdentityProviderTelemetry? telemetry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = Chain(CreateHandlers(options, vendor, vendorAssembly, authenticator, telemetry: telemetry), primary ?? CreatePrimaryHandler(options));
        var client = new HttpClient(handler, disposeHandler: true);
        ConfigureHttpClient(client, options);
        return client;
    }

    /// <summary>Applies base address and timeout settings to a client (the pipeline owns timeouts).</summary>
    /// <param name="client">The client.</param>
    /// <param name="options">The options.</param>
    public static void ConfigureHttpClient(HttpClient client, IdentityProviderClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        client.BaseAddress = NormalizeBaseAddress(options.BaseAddress ?? throw new ArgumentException("BaseAddress is required.", nameof(options)));
        client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
    }

    /// <summary>Returns the base address with a trailing slash, so relative paths keep its path segment.</summary>
    /// <param name="baseAddress">The configured base address.</param>
    /// <returns>The normalized address.</returns>
    public static Uri NormalizeBaseAddress(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var text = baseAddress.GetLeftPart(UriPartial.Path);
        return new Uri(text.EndsWith('/') ? text : text + "/", UriKind.Absolute);
    }
}
