
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

    /// <summary>Gets or sets the clock used for timestamps and token expiry.</summary>
    /// <value>The default value is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets a callback that configures logging; logging providers are cleared before it runs.</summary>
    /// <value>The default value is <see langword="null"/>: no logging at all (quiet).</value>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }
}
