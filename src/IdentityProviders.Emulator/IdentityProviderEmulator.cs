using System.Net;
using IdentityProviders.Emulator.Cloudflare;
using IdentityProviders.Emulator.Common;
using IdentityProviders.Emulator.Keycard;
using IdentityProviders.Emulator.Zitadel;
using IdentityProviders.Emulator.Waldur;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace IdentityProviders.Emulator;

/// <summary>
/// A stateful, in-memory emulator of identity-provider vendor APIs, served over HTTP on a local port.
/// Every instance has its own state; start as many as needed.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await IdentityProviderEmulator.StartAsync();
/// var keycard = emulator.Keycard; // base URL, token, zone id, client credentials
/// </code>
/// </example>
public sealed class IdentityProviderEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Counter _requests;
    private readonly KeycardApi _keycard;
    private int _stopped;
    private int _disposed;

    private IdentityProviderEmulator(WebApplication app, Counter requests, KeycardApi keycard, Uri baseAddress, KeycardSettings keycardSettings)
    {
        _app = app;
        _requests = requests;
        _keycard = keycard;
        BaseAddress = baseAddress;
        var keycardBase = new Uri(baseAddress, KeycardConstants.RoutePrefix.TrimStart('/') + "/");
        Keycard = new KeycardEmulatorInfo(
            keycardBase,
            keycardSettings.Token,
            keycardSettings.ZoneId,
            new Uri(baseAddress, KeycardApi.RelativeTokenEndpoint),
            keycardSettings.ClientId,
            keycardSettings.ClientSecret);
    }

    /// <summary>Gets the root address the emulator listens on, <c>http://{host}:{port}/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets the connection details of the emulated Keycard API.</summary>
    public KeycardEmulatorInfo Keycard { get; }

    /// <summary>Gets the connection details of the emulated Zitadel API (management and admin identity providers).</summary>
    public ZitadelEmulatorInfo Zitadel { get; private init; } = null!;

    /// <summary>Gets how many access tokens the Zitadel token endpoint has issued (to check client-side token caching).</summary>
    public int ZitadelTokensIssued => ZitadelApi?.Tokens.IssuedCount ?? 0;

    /// <summary>Gets the connection details of the emulated Cloudflare API.</summary>
    public CloudflareEmulatorInfo Cloudflare { get; private init; } = null!;

    /// <summary>Gets the connection details of the emulated Waldur API.</summary>
    public WaldurEmulatorInfo Waldur { get; private init; } = null!;

    /// <summary>Gets how many access tokens the Keycard token endpoint has issued (to check client-side token caching).</summary>
    public int KeycardTokensIssued => _keycard.Tokens.IssuedCount;

    private ZitadelApi? ZitadelApi { get; init; }

    /// <summary>Gets how many requests were answered 429 by <see cref="EmulatorOptions.RateLimit"/>, over all vendors.</summary>
    public int RateLimitedCount => RateLimitedCounter?.Count ?? 0;

    private Counter? RateLimitedCounter { get; init; }

    /// <summary>Gets how many HTTP requests the emulator has received, over all vendors.</summary>
    public int RequestCount => _requests.Count;

    /// <summary>Gets the TCP connections the emulator has accepted: in total, open now, and the peak of concurrently open ones.</summary>
    public EmulatorConnectionStats Connections { get; private init; } = null!;

    /// <summary>Starts an emulator and returns once it accepts connections.</summary>
    /// <param name="options">The settings; <see langword="null"/> uses the defaults of <see cref="EmulatorOptions"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="IOException">The address could not be bound (for example, the port is in use).</exception>
    public static async Task<IdentityProviderEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        var address = Validate(options);
        var port = options.Port;
        var keycardSettings = KeycardSettings.From(options);
        var zitadelSettings = ZitadelSettings.From(options);
        var cloudflareSettings = CloudflareSettings.From(options);
        var waldurSettings = WaldurSettings.From(options);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(IdentityProviderEmulator).Assembly.GetName().Name,
        });
        var connections = new EmulatorConnectionStats();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, port, listen => listen.Use(async (connection, next) =>
        {
            connections.Opened();
            try
            {
                await next().ConfigureAwait(false);
            }
            finally
            {
                connections.Closed();
            }
        })));
        builder.Logging.ClearProviders();
        options.ConfigureLogging?.Invoke(builder.Logging);
        builder.Services.AddSingleton<IHostLifetime, NoopHostLifetime>();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, KeycardJsonContext.Default));

        var app = builder.Build();
        try
        {
            var requests = new Counter();
            var keycard = new KeycardApi(keycardSettings);
            app.UseRequestId(requests);
            var rateLimited = new Counter();
            app.UseVendorRateLimit(options.RateLimit, options.TimeProvider, rateLimited);
            keycard.Map(app);
            var zitadel = new ZitadelApi(zitadelSettings);
            zitadel.Map(app);
            new CloudflareApi(cloudflareSettings).Map(app);
            new WaldurApi(waldurSettings).Map(app);

            await app.StartAsync(cancellationToken).ConfigureAwait(false);

            var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            var baseAddress = ToClientAddress(new Uri(bound));
            return new IdentityProviderEmulator(app, requests, keycard, baseAddress, keycardSettings)
            {
                Connections = connections,
                RateLimitedCounter = rateLimited,
                Zitadel = ZitadelEmulatorInfo.Create(baseAddress, zitadelSettings),
                ZitadelApi = zitadel,
                Cloudflare = CloudflareEmulatorInfo.Create(baseAddress, cloudflareSettings),
                Waldur = WaldurEmulatorInfo.Create(baseAddress, waldurSettings),
            };
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops accepting requests and lets in-flight ones finish. The state is kept until disposal.</summary>
    /// <param name="cancellationToken">Ends the graceful shutdown early.</param>
    /// <returns>A task that completes when the server has stopped.</returns>
    public Task StopAsync(CancellationToken cancellationToken = default) =>
        Interlocked.Exchange(ref _stopped, 1) == 0 ? _app.StopAsync(cancellationToken) : Task.CompletedTask;

    /// <summary>Stops the emulator (if still running) and releases its resources.</summary>
    /// <returns>A task that completes when the emulator is disposed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    private static IPAddress Validate(EmulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options) + "." + nameof(options.TimeProvider));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, nameof(options) + "." + nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort, nameof(options) + "." + nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfNegative(options.KeycardSeedCount, nameof(options) + "." + nameof(options.KeycardSeedCount));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.KeycardAccessTokenLifetime, TimeSpan.Zero, nameof(options) + "." + nameof(options.KeycardAccessTokenLifetime));
        ArgumentException.ThrowIfNullOrEmpty(options.KeycardToken, nameof(options) + "." + nameof(options.KeycardToken));
        ArgumentException.ThrowIfNullOrEmpty(options.KeycardZoneId, nameof(options) + "." + nameof(options.KeycardZoneId));
        ArgumentException.ThrowIfNullOrEmpty(options.KeycardClientId, nameof(options) + "." + nameof(options.KeycardClientId));
        ArgumentException.ThrowIfNullOrEmpty(options.KeycardClientSecret, nameof(options) + "." + nameof(options.KeycardClientSecret));
        ArgumentOutOfRangeException.ThrowIfNegative(options.ZitadelSeedCount, nameof(options) + "." + nameof(options.ZitadelSeedCount));
        ArgumentOutOfRangeException.ThrowIfNegative(options.ZitadelInstanceSeedCount, nameof(options) + "." + nameof(options.ZitadelInstanceSeedCount));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.ZitadelAccessTokenLifetime, TimeSpan.Zero, nameof(options) + "." + nameof(options.ZitadelAccessTokenLifetime));
        ArgumentException.ThrowIfNullOrEmpty(options.ZitadelToken, nameof(options) + "." + nameof(options.ZitadelToken));
        ArgumentException.ThrowIfNullOrEmpty(options.ZitadelOrgId, nameof(options) + "." + nameof(options.ZitadelOrgId));
        ArgumentException.ThrowIfNullOrEmpty(options.ZitadelServiceUserId, nameof(options) + "." + nameof(options.ZitadelServiceUserId));
        ArgumentException.ThrowIfNullOrEmpty(options.ZitadelKeyId, nameof(options) + "." + nameof(options.ZitadelKeyId));
        ArgumentOutOfRangeException.ThrowIfNegative(options.CloudflareSeedCount, nameof(options) + "." + nameof(options.CloudflareSeedCount));
        ArgumentException.ThrowIfNullOrEmpty(options.CloudflareApiToken, nameof(options) + "." + nameof(options.CloudflareApiToken));
        ArgumentException.ThrowIfNullOrEmpty(options.CloudflareEmail, nameof(options) + "." + nameof(options.CloudflareEmail));
        ArgumentException.ThrowIfNullOrEmpty(options.CloudflareApiKey, nameof(options) + "." + nameof(options.CloudflareApiKey));
        ArgumentException.ThrowIfNullOrEmpty(options.CloudflareAccountId, nameof(options) + "." + nameof(options.CloudflareAccountId));
        ArgumentException.ThrowIfNullOrEmpty(options.CloudflareZoneId, nameof(options) + "." + nameof(options.CloudflareZoneId));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.CloudflareAccountId.Length, 32, nameof(options) + "." + nameof(options.CloudflareAccountId));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.CloudflareZoneId.Length, 32, nameof(options) + "." + nameof(options.CloudflareZoneId));
        if (options.RateLimit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit.PermitLimit, 1, nameof(options) + "." + nameof(options.RateLimit) + "." + nameof(limit.PermitLimit));
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit.Window, TimeSpan.Zero, nameof(options) + "." + nameof(options.RateLimit) + "." + nameof(limit.Window));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.WaldurSeedCount, nameof(options) + "." + nameof(options.WaldurSeedCount));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.WaldurToken, nameof(options) + "." + nameof(options.WaldurToken));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.WaldurBearerToken, nameof(options) + "." + nameof(options.WaldurBearerToken));

        // Kestrel cannot bind "localhost" to a dynamic port, so it is mapped to the IPv4 loopback address.
        if (string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        return IPAddress.TryParse(options.Host, out var address)
            ? address
            : throw new ArgumentException($"Host must be an IP address or 'localhost', not '{options.Host}'.", nameof(options));
    }

    // A wildcard bind address is not something a client can connect to: hand out the matching loopback address.
    private static Uri ToClientAddress(Uri bound)
    {
        var builder = new UriBuilder(bound) { Path = "/" };
        if (IPAddress.TryParse(bound.Host.Trim('[', ']'), out var ip))
        {
            if (ip.Equals(IPAddress.Any))
            {
                builder.Host = IPAddress.Loopback.ToString();
            }
            else if (ip.Equals(IPAddress.IPv6Any))
            {
                builder.Host = "[::1]";
            }
        }

        return builder.Uri;
    }
}
