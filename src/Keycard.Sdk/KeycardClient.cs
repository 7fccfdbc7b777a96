using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Diagnostics;
using IdentityProviders.Sdk.Http;
using Keycard.Sdk.Api;
using Keycard.Sdk.Json;
using Refit;

namespace Keycard.Sdk;

/// <summary>
/// The Keycard API client. Create one per set of credentials and reuse it (it is thread-safe and pools connections),
/// or register it with <see cref="KeycardServiceCollectionExtensions.AddKeycardClient"/>.
/// </summary>
public class KeycardClient : IDisposable
{
    /// <summary>The name of the <see cref="HttpClient"/> registered with <c>IHttpClientFactory</c>.</summary>
    public const string HttpClientName = "Keycard.Sdk";

    /// <summary>
    /// The name of the SDK's <see cref="System.Diagnostics.ActivitySource"/>: one activity per operation (per page for
    /// listings) and one per HTTP attempt. Pass it to OpenTelemetry's <c>AddSource</c>.
    /// </summary>
    public const string TelemetrySourceName = "Keycard.Sdk";

    /// <summary>The name of the SDK's <see cref="System.Diagnostics.Metrics.Meter"/>. Pass it to OpenTelemetry's <c>AddMeter</c>.</summary>
    public const string TelemetryMeterName = "Keycard.Sdk";

    /// <summary>The SDK's activity source and meter, shared by every client of the process.</summary>
    internal static readonly IdentityProviderTelemetry Telemetry = new(IdentityProviderVendor.Keycard, TelemetrySourceName, typeof(KeycardClient).Assembly.GetName().Version?.ToString(3));

    private static readonly RefitSettings RefitSettings = new(SystemTextJsonContentSerializer.ForContext(KeycardJsonContext.Default))
    {
        // Refit wraps whatever HttpClient.SendAsync throws (HttpRequestException, Polly's TimeoutRejectedException,
        // ResponseTooLargeException, and the SDK's own exceptions from the token endpoint) in ApiRequestException; pass
        // them through so VendorApiRunner maps them to the SDK's exceptions instead of letting a Refit type escape.
        TransportExceptionFactory = static (_, exception, _) => exception,
    };

    private readonly HttpClient? _ownedHttpClient;
    private readonly IDisposable? _ownedTokenProvider;
    private readonly string? _defaultZoneId;

    /// <summary>Creates a client that owns its HTTP pipeline (connection pool, retries, auth, logging).</summary>
    /// <param name="options">The settings; validated here.</param>
    /// <exception cref="ArgumentException">The options are invalid (e.g. no base address, no credentials).</exception>
    public KeycardClient(KeycardClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid(nameof(options));
        var authenticator = CreateAuthenticator(options, out var tokenProvider);
        _ownedTokenProvider = tokenProvider;
        _ownedHttpClient = HttpPipeline.CreateHttpClient(options, IdentityProviderVendor.Keycard, typeof(KeycardClient).Assembly, authenticator, telemetry: Telemetry);
        _defaultZoneId = options.ZoneId;
        Zones = CreateZones(_ownedHttpClient, options);
    }

    /// <summary>
    /// Creates a client over an <see cref="HttpClient"/> that already carries the pipeline (as registered by
    /// <see cref="KeycardServiceCollectionExtensions.AddKeycardClient"/>); the caller owns <paramref name="httpClient"/>.
    /// </summary>
    /// <param name="httpClient">The configured client.</param>
    /// <param name="options">The settings.</param>
    public KeycardClient(HttpClient httpClient, KeycardClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _defaultZoneId = options.ZoneId;
        Zones = CreateZones(httpClient, options);
    }

    /// <summary>For mocking.</summary>
    protected KeycardClient() => Zones = null!;

    /// <summary>Zone resources: <c>client.Zones.Providers</c>.</summary>
    public virtual ZonesClient Zones { get; }

    /// <summary>The cross-vendor view of one zone's providers.</summary>
    /// <param name="zoneId">The zone; <see langword="null"/> for <see cref="KeycardClientOptions.ZoneId"/>.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentException">No zone was given and none is configured.</exception>
    public virtual IIdentityProviderClient AsIdentityProviderClient(string? zoneId = null)
    {
        var zone = zoneId ?? _defaultZoneId;
        ArgumentGuard.NotEmpty(zone, nameof(zoneId));
        return new KeycardIdentityProviderClient(Zones.Providers, zone!);
    }

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
            _ownedTokenProvider?.Dispose();
        }
    }

    internal static IRequestAuthenticator CreateAuthenticator(KeycardClientOptions options, out IDisposable? ownedTokenProvider)
    {
        ownedTokenProvider = null;
        if (options.ClientCredentials is { } credentials)
        {
            // The token endpoint gets the same timeouts and retries as the API, but no authentication handler.
            var tokenHttp = HttpPipeline.CreateHttpClient(options, IdentityProviderVendor.Keycard, typeof(KeycardClient).Assembly, authenticator: null, telemetry: Telemetry);
            var provider = new ClientCredentialsTokenProvider(
                new ClientCredentialsOptions { TokenEndpoint = credentials.TokenEndpoint, ClientId = credentials.ClientId, ClientSecret = credentials.ClientSecret, Scope = credentials.Scope },
                tokenHttp,
                IdentityProviderVendor.Keycard,
                options.TimeProvider);
            ownedTokenProvider = new CompositeDisposable(provider, tokenHttp);
            return new BearerTokenAuthenticator(provider);
        }

        return new BearerTokenAuthenticator(new StaticAccessTokenProvider(options.Token!));
    }

    private static ZonesClient CreateZones(HttpClient httpClient, KeycardClientOptions options)
    {
        var api = RestService.ForGenerated<IKeycardProvidersApi>(httpClient, RefitSettings);
        var runner = new VendorApiRunner(IdentityProviderVendor.Keycard, KeycardErrorParser.Parse, timeProvider: options.TimeProvider, telemetry: Telemetry);
        return new ZonesClient(new ProvidersClient(api, runner, options.Pagination));
    }

    private sealed class CompositeDisposable(params IDisposable[] items) : IDisposable
    {
        public void Dispose()
        {
            foreach (var item in items)
            {
                item.Dispose();
            }
        }
    }
}
