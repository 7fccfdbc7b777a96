
namespace IdentityProviders.Emulator;

/// <summary>Settings for an <see cref="IdentityProviderEmulator"/>; read once, when the emulator starts.</summary>
public sealed class EmulatorOptions
{
    /// <summary>Gets or sets the IP address (or <c>localhost</c>) to listen on.</summary>
    /// <value>The default value is <c>127.0.0.1</c>.</value>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>Gets or sets the TCP port to listen on; 0 picks a free ephemeral port.</summary>
    /// <value>The default value is <c>0</c>.</value>
    public int Port { get; set; }

    /// <summary>Gets or sets the number of providers seeded into the default Keycard zone.</summary>
    /// <value>The default value is <c>25</c>.</value>
    public int KeycardSeedCount { get; set; } = 25;

    /// <summary>Gets or sets the static bearer token the Keycard API accepts.</summary>
    /// <value>The default value is <c>keycard-emulator-token</c>.</value>
    public string KeycardToken { get; set; } = "keycard-emulator-token";

    /// <summary>Gets or sets the id of the Keycard zone that holds the seeded providers.</summary>
    /// <value>The default value is <c>zone_emulator</c>.</value>
    public string KeycardZoneId { get; set; } = "zone_emulator";

    /// <summary>Gets or sets the client id the Keycard token endpoint accepts.</summary>
    /// <value>The default value is <c>emulator-client</c>.</value>
    public string KeycardClientId { get; set; } = "emulator-client";

    /// <summary>Gets or sets the client secret the Keycard token endpoint accepts.</summary>
    /// <value>The default value is <c>emulator-client-secret</c>.</value>
    public string KeycardClientSecret { get; set; } = "emulator-client-secret";

    /// <summary>Gets or sets how long an access token issued by the Keycard token endpoint stays valid.</summary>
    /// <value>The default value is 10 minutes.</value>
    public TimeSpan KeycardAccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets the number of identity providers seeded into the Cloudflare account, and again into the zone (all 14 types, cycled).</summary>
    /// <value>The default value is <c>28</c>.</value>
    public int CloudflareSeedCount { get; set; } = 28;

    /// <summary>Gets or sets the API token the Cloudflare API accepts (<c>Authorization: Bearer</c>).</summary>
    /// <value>The default value is <c>cloudflare-emulator-token</c>.</value>
    public string CloudflareApiToken { get; set; } = "cloudflare-emulator-token";

    /// <summary>Gets or sets the account e-mail the Cloudflare API accepts (<c>X-Auth-Email</c>).</summary>
    /// <value>The default value is <c>emulator@example.com</c>.</value>
    public string CloudflareEmail { get; set; } = "emulator@example.com";

    /// <summary>Gets or sets the Global API key the Cloudflare API accepts (<c>X-Auth-Key</c>).</summary>
    /// <value>The default value is <c>cloudflare-emulator-global-api-key</c>.</value>
    public string CloudflareApiKey { get; set; } = "cloudflare-emulator-global-api-key";

    /// <summary>Gets or sets the Cloudflare account id (at most 32 characters); other accounts answer 403.</summary>
    /// <value>The default value is <c>023e105f4ecef8ad9ca31a8372d0c353</c>.</value>
    public string CloudflareAccountId { get; set; } = "023e105f4ecef8ad9ca31a8372d0c353";

    /// <summary>Gets or sets the Cloudflare zone id (at most 32 characters); other zones answer 403.</summary>
    /// <value>The default value is <c>0da42c8d2132a9ddaf714f9e7c920711</c>.</value>
    public string CloudflareZoneId { get; set; } = "0da42c8d2132a9ddaf714f9e7c920711";

    /// <summary>Gets or sets the number of identity providers seeded into the Waldur API (Keycloak, TARA, eduTEAMS, ..., cycled).</summary>
    /// <value>The default value is <c>12</c>.</value>
    public int WaldurSeedCount { get; set; } = 12;

    /// <summary>Gets or sets the API token the Waldur API accepts (<c>Authorization: Token &lt;key&gt;</c>).</summary>
    /// <value>The default value is <c>waldur-emulator-token</c>.</value>
    public string WaldurToken { get; set; } = "waldur-emulator-token";

    /// <summary>Gets or sets the OIDC access token the Waldur API accepts (<c>Authorization: Bearer &lt;token&gt;</c>).</summary>
    /// <value>The default value is <c>waldur-emulator-oidc-token</c>.</value>
    public string WaldurBearerToken { get; set; } = "waldur-emulator-oidc-token";

    /// <summary>Gets or sets the number of identity providers seeded into the default Zitadel organization (all 12 types, cycled).</summary>
    /// <value>The default value is <c>24</c>.</value>
    public int ZitadelSeedCount { get; set; } = 24;

    /// <summary>Gets or sets the number of identity providers seeded into the Zitadel instance (all 12 types, cycled).</summary>
    /// <value>The default value is <c>12</c>.</value>
    public int ZitadelInstanceSeedCount { get; set; } = 12;

    /// <summary>Gets or sets the personal access token the Zitadel API accepts (<c>Authorization: Bearer</c>).</summary>
    /// <value>The default value is <c>zitadel-emulator-pat</c>.</value>
    public string ZitadelToken { get; set; } = "zitadel-emulator-pat";

    /// <summary>Gets or sets the default Zitadel organization (used without <c>x-zitadel-orgid</c>; holds the seeded providers).</summary>
    /// <value>The default value is <c>100000000000000100</c>.</value>
    public string ZitadelOrgId { get; set; } = "100000000000000100";

    /// <summary>Gets or sets the id of the Zitadel service user whose key file the emulator issues.</summary>
    /// <value>The default value is <c>100000000000000200</c>.</value>
    public string ZitadelServiceUserId { get; set; } = "100000000000000200";

    /// <summary>Gets or sets the key id of the service user's key file (the assertion's <c>kid</c>).</summary>
    /// <value>The default value is <c>100000000000000300</c>.</value>
    public string ZitadelKeyId { get; set; } = "100000000000000300";

    /// <summary>Gets or sets how long an access token issued by the Zitadel token endpoint stays valid.</summary>
    /// <value>The default value is 12 hours, as Zitadel's default.</value>
    public TimeSpan ZitadelAccessTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Gets or sets a request limit applied to each vendor separately (429 with <c>Retry-After</c> beyond it), e.g.
    /// <c>EmulatorRateLimit.Cloudflare.ScaledDown(60)</c>.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: unlimited.</value>
    public EmulatorRateLimit? RateLimit { get; set; }

    /// <summary>Gets or sets the clock used for timestamps and token expiry.</summary>
    /// <value>The default value is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets a callback that configures logging; logging providers are cleared before it runs.</summary>
    /// <value>The default value is <see langword="null"/>: no logging at all (quiet).</value>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }
}
