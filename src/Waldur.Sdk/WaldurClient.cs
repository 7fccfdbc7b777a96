using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Diagnostics;
using IdentityProviders.Sdk.Http;
using Refit;
using Waldur.Sdk.Api;
using Waldur.Sdk.Json;

namespace Waldur.Sdk;

/// <summary>
/// The Waldur API client (identity providers). Create one per set of credentials and reuse it (it is thread-safe and
/// pools connections), or register it with <see cref="WaldurServiceCollectionExtensions.AddWaldurClient"/>.
/// </summary>
public class WaldurClient : IDisposable
{
    /// <summary>The name of the <see cref="HttpClient"/> registered with <c>IHttpClientFactory</c>.</summary>
    public const string HttpClientName = "Waldur.Sdk";

    /// <summary>
    /// The name of the SDK's <see cref="System.Diagnostics.ActivitySource"/>: one activity per operation (per page for
    /// listings) and one per HTTP attempt. Pass it to OpenTelemetry's <c>AddSource</c>.
    /// </summary>
    public const string TelemetrySourceName = "Waldur.Sdk";

    /// <summary>The name of the SDK's <see cref="System.Diagnostics.Metrics.Meter"/>. Pass it to OpenTelemetry's <c>AddMeter</c>.</summary>
    public const string TelemetryMeterName = "Waldur.Sdk";

    /// <summary>The SDK's activity source and meter, shared by every client of the process.</summary>
    internal static readonly IdentityProviderTelemetry Telemetry = new(IdentityProviderVendor.Waldur, TelemetrySourceName, typeof(WaldurClient).Assembly.GetName().Version?.ToString(3));

    private static readonly RefitSettings RefitSettings = new(SystemTextJsonContentSerializer.ForContext(WaldurJsonContext.Default))
    {
        // Refit wraps whatever HttpClient.SendAsync throws in ApiRequestException; pass it through so VendorApiRunner
        // maps it to the SDK's exceptions instead of letting a Refit type escape.
        TransportExceptionFactory = static (_, exception, _) => exception,
    };

    private readonly HttpClient? _ownedHttpClient;

    /// <summary>Creates a client that owns its HTTP pipeline (connection pool, retries, auth, logging).</summary>
    /// <param name="options">The settings; validated here.</param>
    /// <exception cref="ArgumentException">The options are invalid (e.g. no base address, no or several credentials).</exception>
    public WaldurClient(WaldurClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid(nameof(options));
        _ownedHttpClient = HttpPipeline.CreateHttpClient(options, IdentityProviderVendor.Waldur, typeof(WaldurClient).Assembly, CreateAuthenticator(options), telemetry: Telemetry);
        IdentityProviders = CreateIdentityProviders(_ownedHttpClient, options);
    }

    /// <summary>
    /// Creates a client over an <see cref="HttpClient"/> that already carries the pipeline (as registered by
    /// <see cref="WaldurServiceCollectionExtensions.AddWaldurClient"/>); the caller owns <paramref name="httpClient"/>.
    /// </summary>
    /// <param name="httpClient">The configured client (its <see cref="HttpClient.BaseAddress"/> is the Waldur root).</param>
    /// <param name="options">The settings.</param>
    public WaldurClient(HttpClient httpClient, WaldurClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        IdentityProviders = CreateIdentityProviders(httpClient, options);
    }

    /// <summary>For mocking.</summary>
    protected WaldurClient() => IdentityProviders = null!;

    /// <summary>Identity providers: <c>/api/identity-providers/</c>.</summary>
    public virtual IdentityProvidersClient IdentityProviders { get; }

    /// <summary>The cross-vendor view of this deployment's identity providers (id = provider name, protocol OIDC).</summary>
    /// <returns>The client.</returns>
    public virtual IIdentityProviderClient AsIdentityProviderClient() => new WaldurIdentityProviderClient(IdentityProviders);

    /// <summary>Releases the HTTP pipeline when this client created it.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ownedHttpClient?.Dispose();
        }
    }

    internal static IRequestAuthenticator CreateAuthenticator(WaldurClientOptions options) =>
        !string.IsNullOrWhiteSpace(options.Token) ? new BearerTokenAuthenticator(new StaticAccessTokenProvider(options.Token), "Token")
        : !string.IsNullOrWhiteSpace(options.BearerToken) ? new BearerTokenAuthenticator(new StaticAccessTokenProvider(options.BearerToken))
        : new BearerTokenAuthenticator(options.BearerTokenProvider ?? throw new ArgumentException("No Waldur credentials: set Token, BearerToken or BearerTokenProvider.", nameof(options)));

    private static IdentityProvidersClient CreateIdentityProviders(HttpClient httpClient, WaldurClientOptions options)
    {
        var baseAddress = httpClient.BaseAddress ?? options.BaseAddress ?? throw new ArgumentException("BaseAddress is required.", nameof(options));
        var api = RestService.ForGenerated<IWaldurIdentityProvidersApi>(httpClient, RefitSettings);
        var runner = new VendorApiRunner(IdentityProviderVendor.Waldur, WaldurErrorParser.Parse, timeProvider: options.TimeProvider, telemetry: Telemetry);
        return new IdentityProvidersClient(api, runner, options.Pagination, baseAddress);
    }
}
