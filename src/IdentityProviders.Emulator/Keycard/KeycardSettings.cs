namespace IdentityProviders.Emulator.Keycard;

/// <summary>The Keycard part of <see cref="EmulatorOptions"/>, copied when the emulator starts.</summary>
internal sealed record KeycardSettings(
    string Token,
    string ZoneId,
    string ClientId,
    string ClientSecret,
    TimeSpan AccessTokenLifetime,
    int SeedCount,
    TimeProvider TimeProvider)
{
    public static KeycardSettings From(EmulatorOptions options) => new(
        options.KeycardToken,
        options.KeycardZoneId,
        options.KeycardClientId,
        options.KeycardClientSecret,
        options.KeycardAccessTokenLifetime,
        options.KeycardSeedCount,
        options.TimeProvider);
}
