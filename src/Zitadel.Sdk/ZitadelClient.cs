using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Diagnostics;
using IdentityProviders.Sdk.Http;
using Refit;
using Zitadel.Sdk.Api;
using Zitadel.Sdk.Json;

namespace Zitadel.Sdk;

/// <summary>
/// The Zitadel client for identity providers at both levels: <see cref="Organization"/> (management API) and
/// <see cref="Instance"/> (admin API). Create one per set of credentials and reuse it (it is thread-safe and pools
/// connections), or register it with <see cref="ZitadelServiceCollectionExtensions.AddZitadelClient"/>.
/// </summary>
public class ZitadelClient : IDisposable
{
    /// <summary>The name of the <see cref="HttpClient"/> registered with <c>IHttpClientFactory</c>.</summary>
    public const string HttpClientName = "Zitadel.Sdk";

    /// <summary>
    /// The name of the SDK's <see cref="System.Diagnostics.ActivitySource"/>: one activity per operation (per page for
    /// listings) and one per HTTP attempt. Pass it to OpenTelemetry's <c>AddSource</c>.
    /// </summary>
    public const string TelemetrySourceName = "Zitadel.Sdk";

    /// <summary>The name of the SDK's <see cref="System.Diagnostics.Metrics.Meter"/>. Pass it to OpenTelemetry's <c>AddMeter</c>.</summary>
    public const string TelemetryMeterName = "Zitadel.Sdk";

    /// <summary>The SDK's activity source and meter, shared by every client of the process.</summary>
    internal static readonly IdentityProviderTelemetry Telemetry = new(IdentityProviderVendor.Zitadel, TelemetrySourceName, typeof(ZitadelClient).Assembly.GetName().Version?.ToString(3));

    private static readonly RefitSettings RefitSettings = new(SystemTextJsonContentSerializer.ForContext(ZitadelJsonContext.Default))
    {
        // Refit wraps whatever HttpClient.SendAsync throws in ApiRequestException; pass it through so VendorApiRunner
        // maps it to the SDK's exceptions instead of letting a Refit type escape.
        TransportExceptionFactory = static (_, exception, _) => exception,
    };

    private readonly HttpClient? _ownedHttpClient;
    private readonly IDisposable? _ownedTokenProvider;

    /// <summary>Creates a client that owns its HTTP pipeline (connection pool, retries, auth, logging).</summary>
    /// <param name="options">The settings; validated here.</param>
    /// <exception cref="ArgumentException">The options are invalid (e.g. no base address, no or two credentials).</exception>
    public ZitadelClient(ZitadelClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid(nameof(options));
        var authenticator = CreateAuthenticator(options, out var tokenProvider);
        _ownedTokenProvider = tokenProvider;
        _ownedHttpClient = HttpPipeline.CreateHttpClient(options, IdentityProviderVendor.Zitadel, typeof(ZitadelClient).Assembly, authenticator, telemetry: Telemetry);
        (Organization, Instance) = CreateLevels(_ownedHttpClient, options);
    }

    /// <summary>
    /// Creates a client over an <see cref="HttpClient"/> that already carries the pipeline (as registered by
    /// <see cref="ZitadelServiceCollectionExtensions.AddZitadelClient"/>); the caller owns <paramref name="httpClient"/>.
    /// </summary>
    /// <param name="httpClient">The configured client.</param>
    /// <param name="options">The settings.</param>
    public ZitadelClient(HttpClient httpClient, ZitadelClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        (Organization, Instance) = CreateLevels(httpClient, options);
    }

    /// <summary>For mocking.</summary>
    protected ZitadelClient()
    {
        Organization = null!;
        Instance = null!;
    }

    /// <summary>
    /// The organization's identity providers (management API, <c>/management/v1</c>), for
    /// <see cref="ZitadelClientOptions.OrganizationId"/> (sent as <c>x-zitadel-orgid</c>) or, when none is set, the
    /// authenticated user's organization.
    /// </summary>
    public virtual IdentityProvidersClient Organization { get; }

    /// <summary>The instance's identity providers (admin API, <c>/admin/v1</c>).</summary>
    public virtual IdentityProvidersClient Instance { get; }

    /// <summary>The identity providers of another organization (<c>x-zitadel-orgid</c>), sharing this client's pipeline.</summary>
    /// <param name="organizationId">The organization id.</param>
    /// <returns>The organization-level client.</returns>
    /// <exception cref="ArgumentException"><paramref name="organizationId"/> is empty or longer than 200 characters.</exception>
    public virtual IdentityProvidersClient ForOrganization(string organizationId) => Organization.WithOrganization(organizationId);

    /// <summary>The cross-vendor view of one level's identity providers.</summary>
    /// <param name="level">The level.</param>
    /// <param name="organizationId">At organization level, the organization; <see langword="null"/> for <see cref="ZitadelClientOptions.OrganizationId"/>.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentException">An organization id is given for the instance level, or is invalid.</exception>
    public virtual IIdentityProviderClient AsIdentityProviderClient(ZitadelLevel level = ZitadelLevel.Organization, string? organizationId = null)
    {
        if (level == ZitadelLevel.Instance)
        {
            if (organizationId is not null)
            {
                throw new ArgumentException("An organization id applies to the organization level only.", nameof(organizationId));
            }

            return new ZitadelIdentityProviderClient(Instance);
        }

        return new ZitadelIdentityProviderClient(organizationId is null ? Organization : ForOrganization(organizationId));
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

    internal static IRequestAuthenticator CreateAuthenticator(ZitadelClientOptions options, out IDisposable? ownedTokenProvider)
    {
        ownedTokenProvider = null;
        if (options.ServiceAccountKey is { } key)
        {
            // The token endpoint gets the same timeouts and retries as the API, but no authentication handler.
            var tokenHttp = HttpPipeline.CreateHttpClient(options, IdentityProviderVendor.Zitadel, typeof(ZitadelClient).Assembly, authenticator: null, telemetry: Telemetry);
            try
            {
                var provider = new ZitadelJwtProfileTokenProvider(key, options.Issuer ?? options.BaseAddress!, tokenHttp, options.Scope, options.AssertionLifetime, timeProvider: options.TimeProvider);
                ownedTokenProvider = new CompositeDisposable(provider, tokenHttp);
                return new BearerTokenAuthenticator(provider);
            }
            catch
            {
                tokenHttp.Dispose();
                throw;
            }
        }

        return new BearerTokenAuthenticator(new StaticAccessTokenProvider(options.Token!));
    }

    private static (IdentityProvidersClient Organization, IdentityProvidersClient Instance) CreateLevels(HttpClient httpClient, ZitadelClientOptions options)
    {
        var api = RestService.ForGenerated<IZitadelIdpApi>(httpClient, RefitSettings);
        var runner = new VendorApiRunner(IdentityProviderVendor.Zitadel, ZitadelErrorParser.Parse, timeProvider: options.TimeProvider, telemetry: Telemetry);
        return (
            new IdentityProvidersClient(api, runner, options.Pagination, ZitadelLevel.Organization, options.OrganizationId),
            new IdentityProvidersClient(api, runner, options.Pagination, ZitadelLevel.Instance, null));
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
