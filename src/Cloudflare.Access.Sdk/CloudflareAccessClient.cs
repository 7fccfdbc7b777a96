using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Diagnostics;
using IdentityProviders.Sdk.Http;
using Cloudflare.Access.Sdk.Api;
using Cloudflare.Access.Sdk.Json;
using Refit;

namespace Cloudflare.Access.Sdk;

/// <summary>
/// The Cloudflare Zero Trust Access client. Create one per set of credentials and reuse it (it is thread-safe and
/// pools connections), or register it with <see cref="CloudflareAccessServiceCollectionExtensions.AddCloudflareAccessClient"/>.
/// </summary>
public class CloudflareAccessClient : IDisposable
{
    /// <summary>The name of the <see cref="HttpClient"/> registered with <c>IHttpClientFactory</c>.</summary>
    public const string HttpClientName = "Cloudflare.Access.Sdk";

    /// <summary>
    /// The name of the SDK's <see cref="System.Diagnostics.ActivitySource"/>: one activity per operation (per page for
    /// listings) and one per HTTP attempt. Pass it to OpenTelemetry's <c>AddSource</c>.
    /// </summary>
    public const string TelemetrySourceName = "Cloudflare.Access.Sdk";

    /// <summary>The name of the SDK's <see cref="System.Diagnostics.Metrics.Meter"/>. Pass it to OpenTelemetry's <c>AddMeter</c>.</summary>
    public const string TelemetryMeterName = "Cloudflare.Access.Sdk";

    /// <summary>The SDK's activity source and meter, shared by every client of the process.</summary>
    internal static readonly IdentityProviderTelemetry Telemetry = new(IdentityProviderVendor.Cloudflare, TelemetrySourceName, typeof(CloudflareAccessClient).Assembly.GetName().Version?.ToString(3));

    // cf-ray is Cloudflare's request id; x-request-id is what proxies and the emulator send.
    private static readonly string[] RequestIdHeaders = ["cf-ray", "x-request-id", "request-id"];
    private static readonly RefitSettings RefitSettings = new(SystemTextJsonContentSerializer.ForContext(CloudflareJsonContext.Default));

    private readonly HttpClient? _ownedHttpClient;

    /// <summary>Creates a client that owns its HTTP pipeline (connection pool, retries, auth, logging).</summary>
    /// <param name="options">The settings; validated here.</param>
    /// <exception cref="ArgumentException">The options are invalid (no or several credentials, both scopes, bad ids).</exception>
    public CloudflareAccessClient(CloudflareAccessClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid(nameof(options));
        _ownedHttpClient = HttpPipeline.CreateHttpClient(options, IdentityProviderVendor.Cloudflare, typeof(CloudflareAccessClient).Assembly, CreateAuthenticator(options), telemetry: Telemetry);
        IdentityProviders = CreateIdentityProviders(_ownedHttpClient, options);
    }

    /// <summary>
    /// Creates a client over an <see cref="HttpClient"/> that already carries the pipeline (as registered by
    /// <see cref="CloudflareAccessServiceCollectionExtensions.AddCloudflareAccessClient"/>); the caller owns <paramref name="httpClient"/>.
    /// </summary>
    /// <param name="httpClient">The configured client.</param>
    /// <param name="options">The settings (scope and limits are read from them).</param>
    /// <exception cref="ArgumentException">Both <see cref="CloudflareAccessClientOptions.AccountId"/> and <see cref="CloudflareAccessClientOptions.ZoneId"/> are set.</exception>
    public CloudflareAccessClient(HttpClient httpClient, CloudflareAccessClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        IdentityProviders = CreateIdentityProviders(httpClient, options);
    }

    /// <summary>For mocking.</summary>
    protected CloudflareAccessClient() => IdentityProviders = null!;

    /// <summary>Access identity providers: <c>client.IdentityProviders</c>.</summary>
    public virtual IdentityProvidersClient IdentityProviders { get; }

    /// <summary>The cross-vendor view of one account's or zone's identity providers.</summary>
    /// <param name="scope">The account or zone; <see langword="null"/> for the options' <c>AccountId</c> or <c>ZoneId</c>.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentException">No scope was given and none is configured.</exception>
    public virtual IIdentityProviderClient AsIdentityProviderClient(CloudflareScope? scope = null)
    {
        var resolved = scope ?? IdentityProviders.DefaultScope ?? throw new ArgumentException(
            "An account or zone scope is required: pass one, or set AccountId or ZoneId in CloudflareAccessClientOptions.", nameof(scope));
        return new CloudflareIdentityProviderClient(IdentityProviders, resolved);
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
        }
    }

    /// <summary>The authenticator of the configured scheme: API token, e-mail + Global API key, or user service key.</summary>
    /// <param name="options">Validated options.</param>
    /// <returns>The authenticator.</returns>
    internal static IRequestAuthenticator CreateAuthenticator(CloudflareAccessClientOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ApiToken))
        {
            return new BearerTokenAuthenticator(new StaticAccessTokenProvider(options.ApiToken));
        }

        if (!string.IsNullOrWhiteSpace(options.UserServiceKey))
        {
            return new CloudflareUserServiceKeyAuthenticator(options.UserServiceKey);
        }

        return new CloudflareApiKeyAuthenticator(options.Email!, options.ApiKey!);
    }

    private static IdentityProvidersClient CreateIdentityProviders(HttpClient httpClient, CloudflareAccessClientOptions options)
    {
        var api = RestService.ForGenerated<ICloudflareIdentityProvidersApi>(httpClient, RefitSettings);
        var runner = new VendorApiRunner(IdentityProviderVendor.Cloudflare, CloudflareErrors.Parse, RequestIdHeaders, options.TimeProvider, telemetry: Telemetry);
        string?[] credentials = [options.ApiToken, options.ApiKey, options.UserServiceKey];
        return new IdentityProvidersClient(api, runner, options.Pagination, options.GetDefaultScope(), [.. credentials.OfType<string>()]);
    }
}
