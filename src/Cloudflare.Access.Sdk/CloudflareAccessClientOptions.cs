using IdentityProviders.Sdk.Http;

namespace Cloudflare.Access.Sdk;

/// <summary>
/// Settings of a <see cref="CloudflareAccessClient"/>. Give exactly one credential: <see cref="ApiToken"/>, or
/// <see cref="Email"/> with <see cref="ApiKey"/>, or <see cref="UserServiceKey"/>. Shared settings (timeouts,
/// retries, logging) are documented on the base class.
/// </summary>
public sealed class CloudflareAccessClientOptions : IdentityProviderClientOptions
{
    /// <summary>The Cloudflare API base URL; its path is kept.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.cloudflare.com/client/v4");

    /// <summary>Creates options with <see cref="IdentityProviderClientOptions.BaseAddress"/> set to <see cref="DefaultBaseAddress"/>.</summary>
    public CloudflareAccessClientOptions() => BaseAddress = DefaultBaseAddress;

    /// <summary>An API token, sent as <c>Authorization: Bearer</c> (the preferred scheme).</summary>
    public string? ApiToken { get; set; }

    /// <summary>The account e-mail for the Global API key scheme (<c>X-Auth-Email</c>); requires <see cref="ApiKey"/>.</summary>
    public string? Email { get; set; }

    /// <summary>The Global API key (<c>X-Auth-Key</c>); requires <see cref="Email"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>A user service key (<c>X-Auth-User-Service-Key</c>), which the spec allows as a third scheme.</summary>
    public string? UserServiceKey { get; set; }

    /// <summary>The default account scope (give this or <see cref="ZoneId"/>, not both; a call can name its own scope).</summary>
    public string? AccountId { get; set; }

    /// <summary>The default zone scope (give this or <see cref="AccountId"/>, not both; a call can name its own scope).</summary>
    public string? ZoneId { get; set; }

    /// <summary>The default scope from <see cref="AccountId"/> or <see cref="ZoneId"/>, or <see langword="null"/> when neither is set.</summary>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException">Both are set, or the id is invalid.</exception>
    public CloudflareScope? GetDefaultScope() =>
        string.IsNullOrEmpty(AccountId) && string.IsNullOrEmpty(ZoneId) ? null : CloudflareScope.From(AccountId, ZoneId);

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        foreach (var problem in base.Validate())
        {
            yield return problem;
        }

        var hasToken = !string.IsNullOrWhiteSpace(ApiToken);
        var hasEmail = !string.IsNullOrWhiteSpace(Email);
        var hasKey = !string.IsNullOrWhiteSpace(ApiKey);
        var hasServiceKey = !string.IsNullOrWhiteSpace(UserServiceKey);
        if (hasEmail != hasKey)
        {
            yield return "Email and ApiKey go together (X-Auth-Email and X-Auth-Key): give both or neither.";
        }

        var schemes = (hasToken ? 1 : 0) + (hasEmail || hasKey ? 1 : 0) + (hasServiceKey ? 1 : 0);
        if (schemes != 1)
        {
            yield return "Give exactly one credential: ApiToken, or Email with ApiKey, or UserServiceKey.";
        }

        if (!string.IsNullOrEmpty(AccountId) && !string.IsNullOrEmpty(ZoneId))
        {
            yield return "Give AccountId or ZoneId, not both: the account and zone scopes are mutually exclusive.";
        }

        foreach (var (name, value) in new[] { ("AccountId", AccountId), ("ZoneId", ZoneId) })
        {
            if (value is not null && (string.IsNullOrWhiteSpace(value) || value.Length > CloudflareScope.MaxIdLength))
            {
                yield return $"{name} must be 1..{CloudflareScope.MaxIdLength} characters.";
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"CloudflareAccessClientOptions {{ BaseAddress = {BaseAddress}, ApiToken = {Mask(ApiToken)}, Email = {Email}, ApiKey = {Mask(ApiKey)}, UserServiceKey = {Mask(UserServiceKey)}, AccountId = {AccountId}, ZoneId = {ZoneId} }}";

    private static string Mask(string? secret) => secret is null ? "null" : "***REDACTED***";
}
