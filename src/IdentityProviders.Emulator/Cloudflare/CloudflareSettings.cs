namespace IdentityProviders.Emulator.Cloudflare;

/// <summary>The Cloudflare part of <see cref="EmulatorOptions"/>, copied when the emulator starts.</summary>
internal sealed record CloudflareSettings(
    string ApiToken,
    string Email,
    string ApiKey,
    string AccountId,
    string ZoneId,
    int SeedCount)
{
    public static CloudflareSettings From(EmulatorOptions options) => new(
        options.CloudflareApiToken,
        options.CloudflareEmail,
        options.CloudflareApiKey,
        options.CloudflareAccountId,
        options.CloudflareZoneId,
        options.CloudflareSeedCount);
}
